package io.pteroca.panel.account;

import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer's own billing details, which their invoices are made out to. */
@Controller
@RequestMapping("/account/billing")
class BillingDetailsController {

    private final Billing billing;

    BillingDetailsController(Billing billing) {
        this.billing = billing;
    }

    @GetMapping
    String show(Authentication user, @RequestParam(defaultValue = "false") boolean required, Locale locale, Model model) {
        BillingDetails details = billing.of(CurrentUser.id(user))
                .orElse(new BillingDetails("", "", "", "", "", "", ""));
        model.addAttribute("required", required);
        return page(details, null, locale, model);
    }

    @PostMapping
    String save(Authentication user, @ModelAttribute BillingForm form, Locale locale, Model model,
                jakarta.servlet.http.HttpServletResponse response) {
        BillingDetails typed = new BillingDetails(form.name(), form.company(), form.street(), form.postalCode(),
                form.city(), form.country(), form.vatId());
        try {
            billing.save(CurrentUser.id(user), typed);
            return "redirect:/account/billing?saved";
        } catch (Refusal refused) {
            response.setStatus(refused.status().value());
            return page(typed, refused, locale, model);
        }
    }

    private String page(BillingDetails details, Refusal refused, Locale locale, Model model) {
        model.addAttribute("details", details);
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("name", details.name());
        fields.put("company", details.company());
        fields.put("street", details.street());
        fields.put("postalCode", details.postalCode());
        fields.put("city", details.city());
        model.addAttribute("fields", fields);
        model.addAttribute("refusal", refused);
        model.addAttribute("countries", Countries.all(locale));
        model.addAttribute("vatIdUnchecked", details.hasVatId() && !details.vatIdWellFormed());
        return "account/billing";
    }

    record BillingForm(String name, String company, String street, String postalCode, String city, String country,
                       String vatId) {
    }
}
