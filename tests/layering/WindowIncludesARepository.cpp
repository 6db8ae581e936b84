// Must not compile: the window talks to the services, never to the repositories under them.
// Built only by the "layers:" test, which expects the include to fail.
#include "repositories/PatientRepository.h"
