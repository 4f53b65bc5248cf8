package dev.dovetail.core.dir;

import dev.dovetail.core.ErrorCode;
import dev.dovetail.core.MigrationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads SQL files, which Dovetail takes as UTF-8 only, with a message that says where a file stops being UTF-8. */
public final class Utf8Files {

  private Utf8Files() {}

  /**
   * @param displayName how to name the file in messages
   * @param notUtf8 the error code of a file that is not UTF-8
   * @return the file's text
   * @throws MigrationException naming the file, the line and the byte where it stops being UTF-8
   */
  public static String read(Path file, String displayName, ErrorCode notUtf8) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + displayName, e);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new MigrationException(notUtf8, displayName + ":" + line + ": the file is not UTF-8 (byte " + (at + 1) + ", 0x"
          + String.format("%02X", bytes[at] & 0xFF) + "); Dovetail reads SQL files as UTF-8: convert it, for example with"
          + " iconv -f LATIN1 -t UTF-8");
    }
    out.flip();
    return out.toString();
  }
}
