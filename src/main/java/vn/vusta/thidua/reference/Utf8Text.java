package vn.vusta.thidua.reference;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An uploaded CSV file read strictly as UTF-8: a file saved in another encoding (Windows-1258, TCVN3) is refused
 * with the line of its first bad byte, instead of being stored with replacement characters in every name.
 */
final class Utf8Text {

    private Utf8Text() {
    }

    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        try {
            CharBuffer text = decoder.decode(input);
            return text.toString();
        } catch (CharacterCodingException e) {
            int line = 1 + lineBreaksBefore(bytes, firstBadByte(bytes));
            throw new CsvImportException(List.of(new CsvProblem(line, "tệp không phải văn bản UTF-8 (byte thứ "
                    + (firstBadByte(bytes) + 1) + "); hãy lưu lại tệp CSV với mã hóa UTF-8")));
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(input, output, true);
        return input.position();
    }

    private static int lineBreaksBefore(byte[] bytes, int end) {
        int lines = 0;
        for (int i = 0; i < end && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
