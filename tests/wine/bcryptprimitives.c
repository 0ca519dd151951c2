/* bcryptprimitives.dll for Wine 8, which has none: Rust's standard library takes its random bytes
 * from ProcessPrng (Windows 10 and later have it). This forwards to BCryptGenRandom, which Wine
 * implements. Test harness only: copied into the test Wine prefix, never shipped. */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  while (len > 0) {
    ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
    if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
    data += chunk;
    len -= chunk;
  }
  return TRUE;
}
