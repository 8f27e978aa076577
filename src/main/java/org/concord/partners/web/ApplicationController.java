package org.concord.partners.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.concord.partners.PartnerTypes;
import org.concord.partners.Prospects;
import org.concord.shared.InvalidInputException;
import org.concord.shared.LimitReachedException;
import org.concord.shared.web.Forms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public partner application form, on every brand's host, for companies that want to join the program. */
@Controller
class ApplicationController {

	private static final String PAGE = "partners/apply";

	private final Prospects prospects;
	private final PartnerTypes types;
	private final Validator validator;

	ApplicationController(Prospects prospects, PartnerTypes types, Validator validator) {
		this.prospects = prospects;
		this.types = types;
		this.validator = validator;
	}

	@GetMapping("/apply")
	String form(@RequestParam(required = false) String sent, Model model) {
		model.addAttribute("form", new ProspectForm());
		model.addAttribute("sent", sent != null);
		return page(model);
	}

	@PostMapping("/apply")
	String apply(@ModelAttribute("form") ProspectForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			var details = form.toNewProspect();
			Forms.validate(validator, details, binding);
			if (!binding.hasErrors()) {
				prospects.apply(details, request.getServerName(), request.getRemoteAddr(), form.isRobot());
				return "redirect:/apply?sent";
			}
		}
		catch (LimitReachedException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			Forms.reject(binding, ex);
		}
		catch (InvalidInputException ex) {
			Forms.reject(binding, ex);
		}
		response.setStatus(response.getStatus() == 200 ? HttpStatus.BAD_REQUEST.value() : response.getStatus());
		model.addAttribute("sent", false);
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("types", types.list());
		return PAGE;
	}
}
