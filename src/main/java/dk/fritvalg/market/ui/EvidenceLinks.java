package dk.fritvalg.market.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.fritvalg.market.ApplicationDetails;
import dk.fritvalg.market.ApplicationReview;
import java.io.ByteArrayInputStream;

/** A link that downloads an evidence file; the service checks who may open it at the moment of the download. */
final class EvidenceLinks {

    private EvidenceLinks() {
    }

    static Anchor link(ApplicationReview review, ApplicationDetails.EvidenceRow evidence) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            ApplicationReview.EvidenceFile file = review.evidence(evidence.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(), file.content().length);
        }), evidence.fileName() + " (" + Math.max(1, evidence.sizeBytes() / 1024) + " kB)");
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
