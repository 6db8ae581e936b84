// Must not compile: storage sits below the services, so it cannot see their headers.
// Built only by the "layers:" test, which expects the include to fail.
#include "services/PatientRegistry.h"
