package dk.fritvalg.notification;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A Digital Post message in the public MeMo format (namespace {@value #NAMESPACE}, version 1.1): a header with the
 * message's UUID, its subject, the sending authority (CVR) and the recipient (CPR), and a body with the main document
 * (the text, as a plain-text file) and any attachments. Built with the JDK's XML writer, so every value is escaped.
 */
record MemoMessage(UUID messageUuid, String subject, String senderCvr, String senderName, String recipientCpr,
                   String recipientName, String body, List<Attachment> attachments, Instant created) {

    static final String NAMESPACE = "https://DigitalPost.dk/MeMo-1";

    /** A file sent with the message. */
    record Attachment(String filename, String mimeType, byte[] content) {
    }

    String toXml() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document doc = factory.newDocumentBuilder().newDocument();
            Element message = el(doc, "Message");
            message.setAttribute("memoVersion", "1.1");
            message.setAttribute("memoSchVersion", "1.1.0");
            doc.appendChild(message);

            Element header = child(message, "MessageHeader");
            text(header, "messageType", "DIGITALPOST");
            text(header, "messageUUID", messageUuid.toString());
            text(header, "label", limit(subject, 250));
            text(header, "mandatory", "false");
            text(header, "legalNotification", "false");
            Element sender = child(header, "Sender");
            text(sender, "senderID", senderCvr);
            text(sender, "idType", "CVR");
            text(sender, "label", senderName);
            Element recipient = child(header, "Recipient");
            text(recipient, "recipientID", recipientCpr);
            text(recipient, "idType", "CPR");
            text(recipient, "label", recipientName == null ? "" : recipientName);

            Element messageBody = child(message, "MessageBody");
            text(messageBody, "createdDateTime",
                    DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(created.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)) + "Z");
            Element main = child(messageBody, "MainDocument");
            text(main, "mainDocumentID", messageUuid + "-main");
            text(main, "label", limit(subject, 250));
            file(main, new Attachment("besked.txt", "text/plain", body.getBytes(StandardCharsets.UTF_8)));
            int n = 0;
            for (Attachment attachment : attachments) {
                Element additional = child(messageBody, "AdditionalDocument");
                text(additional, "additionalDocumentID", messageUuid + "-" + (++n));
                text(additional, "label", attachment.filename());
                file(additional, attachment);
            }
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("Could not write the MeMo message", e);
        }
    }

    private static void file(Element parent, Attachment attachment) {
        Element file = child(parent, "File");
        text(file, "encodingFormat", attachment.mimeType());
        text(file, "filename", attachment.filename());
        text(file, "language", "da");
        text(file, "content", Base64.getEncoder().encodeToString(attachment.content()));
    }

    private static Element el(Document doc, String name) {
        return doc.createElementNS(NAMESPACE, "memo:" + name);
    }

    private static Element child(Element parent, String name) {
        Element child = el(parent.getOwnerDocument(), name);
        parent.appendChild(child);
        return child;
    }

    private static void text(Element parent, String name, String value) {
        child(parent, name).setTextContent(value);
    }

    private static String limit(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
