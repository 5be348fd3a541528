package vn.vusta.thidua.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The real SMTP server of the mail tests (GreenMail in the test JVM): one port for the whole JVM, so that every test
 * class reaches it from the one cached Spring context, and a server may be stopped and started again on it. Reads
 * received mails as a person would see them.
 */
final class MailTestServer {

    static final int PORT = freePort();
    static final String HOST = "127.0.0.1";

    private MailTestServer() {
    }

    /** A fresh server (empty mailboxes) for every test method. */
    static GreenMailExtension perTest() {
        return new GreenMailExtension(new ServerSetup(PORT, HOST, ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(true);
    }

    /** One received mail: recipient, subject, Message-ID and its two bodies. */
    record Received(String to, String subject, String messageId, String text, String html) {
    }

    static List<Received> read(MimeMessage[] messages) {
        return Arrays.stream(messages).map(MailTestServer::read).toList();
    }

    static Received read(MimeMessage message) {
        try {
            List<String> text = new ArrayList<>();
            List<String> html = new ArrayList<>();
            collect(message, text, html);
            return new Received(message.getAllRecipients()[0].toString(), message.getSubject(), message.getMessageID(),
                    String.join("", text), String.join("", html));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    private static void collect(Part part, List<String> text, List<String> html) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            text.add((String) part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.add((String) part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, text, html);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
