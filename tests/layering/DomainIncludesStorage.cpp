// Must not compile: the domain's plain records and rules know nothing of the vault.
// Built only by the "layers:" test, which expects the include to fail.
#include "storage/Vault.h"
