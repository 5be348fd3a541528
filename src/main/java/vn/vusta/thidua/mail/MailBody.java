package vn.vusta.thidua.mail;

import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/** One mail's text and HTML for one recipient. Every text from users or the engine is escaped in the HTML. */
record MailBody(String text, String html) {

    static MailBody of(MailContent content, Recipient recipient, String signature) {
        String greeting = "Kính gửi " + (recipient.name() == null ? "anh/chị" : recipient.name()) + ",";
        String footer = signature + ". Thư gửi tự động, xin đừng trả lời thư này.";
        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        content.paragraphs().forEach(p -> text.append(p).append("\n\n"));
        text.append(content.link().label()).append(": ").append(content.link().url()).append("\n\n-- \n").append(footer)
                .append('\n');
        String html = "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>" + escape(content.subject())
                + "</title></head>\n<body style=\"font-family: Arial, sans-serif; font-size: 14px\">\n<p>" + escape(greeting)
                + "</p>\n" + content.paragraphs().stream().map(p -> "<p>" + escape(p).replace("\n", "<br>") + "</p>\n")
                        .collect(Collectors.joining())
                + "<p><a href=\"" + escape(content.link().url()) + "\">" + escape(content.link().label()) + "</a></p>\n"
                + "<hr><p style=\"color: #666; font-size: 12px\">" + escape(footer) + "</p>\n</body></html>\n";
        return new MailBody(text.toString(), html);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
