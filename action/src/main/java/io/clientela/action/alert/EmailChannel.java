package io.clientela.action.alert;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Sends an alert as a plain-text e-mail through the configured SMTP server (Jakarta Mail, Angus implementation). */
final class EmailChannel implements Channel {
    private final DeliverySettings.Smtp smtp;
    private final Session session;

    EmailChannel(DeliverySettings.Smtp smtp, java.time.Duration timeout) {
        this.smtp = smtp;
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", smtp.host());
        p.setProperty("mail.smtp.port", String.valueOf(smtp.port()));
        String ms = String.valueOf(timeout.toMillis());
        p.setProperty("mail.smtp.connectiontimeout", ms);
        p.setProperty("mail.smtp.timeout", ms);
        p.setProperty("mail.smtp.writetimeout", ms);
        if (smtp.user() != null) {
            p.setProperty("mail.smtp.auth", "true");
        }
        this.session = Session.getInstance(p);
    }

    @Override
    public void send(Alert alert, String to) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(smtp.from()));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        m.setSubject(OutboxChannel.subject(alert), StandardCharsets.UTF_8.name());
        m.setText(alert.text(), StandardCharsets.UTF_8.name());
        m.setHeader("X-Clientela-Alert", String.valueOf(alert.alertId()));
        m.setSentDate(new Date());
        if (smtp.user() != null) {
            Transport.send(m, smtp.user(), smtp.password());
        } else {
            Transport.send(m);
        }
    }
}
