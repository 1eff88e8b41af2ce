package io.pteroca.panel.invoice;

import io.pteroca.panel.shared.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A customer's own invoices and credit notes. */
@Controller
class CustomerInvoiceController {

    private final Invoices invoices;

    CustomerInvoiceController(Invoices invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/invoices")
    String list(Authentication user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("invoices", invoices.of(CurrentUser.id(user), PageRequest.of(Math.max(page, 0), 25)));
        return "invoice/invoices";
    }

    @GetMapping("/invoices/{id}/pdf")
    ResponseEntity<byte[]> pdf(Authentication user, @PathVariable long id) {
        return download(invoices.customerPdf(CurrentUser.id(user), id));
    }

    static ResponseEntity<byte[]> download(Invoices.Document document) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.fileName())
                        .build().toString())
                .body(document.bytes());
    }
}
