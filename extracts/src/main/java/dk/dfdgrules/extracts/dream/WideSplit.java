package dk.dfdgrules.extracts.dream;

/** Cuts a block of a wide file after its last line feed. */
final class WideSplit {

  private WideSplit() {}

  static int cut(byte[] b, int len) {
    for (int i = len - 1; i >= 0; i--) {
      if (b[i] == '\n') {
        return i + 1;
      }
    }
    return 0;
  }
}
