/* credread TARGET: an independent reader of the Windows Credential Manager for the tests, as
 * secret-tool is on Linux. Reads the generic credential TARGET with CredReadW and prints its
 * secret (stored as UTF-16, printed as UTF-8) on the first line, then "user=", "comment=" and
 * "persist=" lines. Exit status 1 when there is no such credential, 2 on any other error. */
#include <windows.h>
#include <wincred.h>
#include <stdio.h>
#include <fcntl.h>
#include <io.h>

static void print_wide(const WCHAR *text, int chars) {
  char out[8192];
  int n = WideCharToMultiByte(CP_UTF8, 0, text, chars, out, sizeof(out) - 1, NULL, NULL);
  fwrite(out, 1, n > 0 ? n : 0, stdout);
}

int wmain(int argc, WCHAR **argv) {
  PCREDENTIALW cred = NULL;
  /* Plain "\n" line ends: the C runtime would write "\r\n" in text mode. */
  _setmode(_fileno(stdout), _O_BINARY);
  if (argc != 2) {
    fprintf(stderr, "usage: credread TARGET\n");
    return 2;
  }
  if (!CredReadW(argv[1], CRED_TYPE_GENERIC, 0, &cred)) {
    DWORD error = GetLastError();
    if (error == ERROR_NOT_FOUND) return 1;
    fprintf(stderr, "CredReadW failed: error %lu\n", error);
    return 2;
  }
  print_wide((const WCHAR *)cred->CredentialBlob, (int)(cred->CredentialBlobSize / sizeof(WCHAR)));
  printf("\nuser=");
  if (cred->UserName) print_wide(cred->UserName, (int)wcslen(cred->UserName));
  printf("\ncomment=");
  if (cred->Comment) print_wide(cred->Comment, (int)wcslen(cred->Comment));
  printf("\npersist=%lu\n", cred->Persist);
  CredFree(cred);
  return 0;
}
