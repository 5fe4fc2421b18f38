package org.shegong.platform.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.el.ELException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shegong.platform.api.records.RecordNotFoundException;
import org.shegong.platform.api.records.Refusal;
import org.shegong.platform.application.identity.AccessDeniedException;

/** What a page answers when its bean fails while the page is built (a view action, a getter). */
class NotFoundHandlerTest {

    @Test
    void aRoleRefusedByTheServiceIsThe403PageWithTheServicesReasonNotTheErrorPage() {
        Refusal permission = new Refusal("access.refused.permission");
        // as Faces hands it over from a view action: wrapped in EL exceptions
        Throwable fromViewAction = new jakarta.faces.FacesException(new ELException(new AccessDeniedException(permission)));
        NotFoundHandler.Answer answer = NotFoundHandler.answerFor(fromViewAction).orElseThrow();
        assertEquals(403, answer.status());
        assertEquals("access.refused.permission", answer.reason().key());
        assertEquals("access.refused.function", NotFoundHandler.answerFor(new ELException(new AccessDeniedException("not signed in")))
                .orElseThrow().reason().key(), "a refusal without a reason of its own says the general one");
    }

    @Test
    void aRecordNotThereIs404AndAnyOtherFailureIsLeftToTheNextHandler() {
        assertEquals(404, NotFoundHandler.answerFor(new ELException(new RecordNotFoundException("volunteer", 7L))).orElseThrow().status());
        assertEquals(Optional.empty(), NotFoundHandler.answerFor(new ELException(new IllegalStateException("boom"))));
        assertEquals(Optional.empty(), NotFoundHandler.answerFor(null));
    }
}
