package dk.fritvalg.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The MeMo message: the fields the Digital Post gateway needs, attachments as additional documents, every value escaped. */
class MemoMessageTest {

    private static final String NS = MemoMessage.NAMESPACE;

    @Test
    void carriesSubjectSenderRecipientBodyAndAttachmentsEscaped() throws Exception {
        UUID uuid = UUID.randomUUID();
        MemoMessage memo = new MemoMessage(uuid, "Skift af leverandør <& \"Omsorg\">", "29189854", "Favrskov Kommune", "0703411236",
                "Karen Jensen", "Hej Karen\n\nDu skifter til Omsorg & Co.", List.of(new MemoMessage.Attachment("kvittering.pdf",
                "application/pdf", new byte[] {37, 80, 68, 70})), Instant.parse("2026-12-02T09:30:00Z"));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(memo.toXml().getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getLocalName()).isEqualTo("Message");
        assertThat(root.getAttribute("memoVersion")).isEqualTo("1.1");
        assertThat(text(root, "messageUUID")).isEqualTo(uuid.toString());
        assertThat(text(root, "messageType")).isEqualTo("DIGITALPOST");
        assertThat(text(root, "label")).isEqualTo("Skift af leverandør <& \"Omsorg\">");
        Element sender = (Element) root.getElementsByTagNameNS(NS, "Sender").item(0);
        assertThat(text(sender, "senderID")).isEqualTo("29189854");
        assertThat(text(sender, "idType")).isEqualTo("CVR");
        Element recipient = (Element) root.getElementsByTagNameNS(NS, "Recipient").item(0);
        assertThat(text(recipient, "recipientID")).isEqualTo("0703411236");
        assertThat(text(recipient, "idType")).isEqualTo("CPR");
        assertThat(text(root, "createdDateTime")).isEqualTo("2026-12-02T09:30:00Z");
        Element main = (Element) root.getElementsByTagNameNS(NS, "MainDocument").item(0);
        assertThat(new String(Base64.getDecoder().decode(text(main, "content")), StandardCharsets.UTF_8))
                .isEqualTo("Hej Karen\n\nDu skifter til Omsorg & Co.");
        assertThat(text(main, "encodingFormat")).isEqualTo("text/plain");
        Element additional = (Element) root.getElementsByTagNameNS(NS, "AdditionalDocument").item(0);
        assertThat(text(additional, "filename")).isEqualTo("kvittering.pdf");
        assertThat(text(additional, "encodingFormat")).isEqualTo("application/pdf");
        assertThat(Base64.getDecoder().decode(text(additional, "content"))).containsExactly(37, 80, 68, 70);
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(NS, name).item(0).getTextContent();
    }
}
