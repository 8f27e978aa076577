package org.concord.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.concord.identity.Brands;
import org.concord.identity.Recovery;
import org.concord.identity.RecoveryThrottledException;
import org.concord.shared.InvalidInputException;
import org.concord.shared.web.Forms;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Log in, forgot username, forgot password, and choosing a password from a mailed link. */
@Controller
class LoginController {

	private static final String LOGIN = "identity/login";
	private static final String FORGOT_USERNAME = "identity/forgot-username";
	private static final String FORGOT_PASSWORD = "identity/forgot-password";
	private static final String CHOOSE_PASSWORD = "identity/choose-password";
	private static final String SAME_ANSWER = "If an account matches, we have sent an e-mail to its address. "
			+ "It can take a few minutes to arrive.";

	private final Recovery recovery;
	private final Brands brands;

	LoginController(Recovery recovery, Brands brands) {
		this.recovery = recovery;
		this.brands = brands;
	}

	@GetMapping("/login")
	String login() {
		return LOGIN;
	}

	@GetMapping("/forgot-username")
	String forgotUsername() {
		return FORGOT_USERNAME;
	}

	@PostMapping("/forgot-username")
	String sendUsername(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			recovery.forgotUsername(email, brands.portal(request));
		}
		catch (RecoveryThrottledException ex) {
			return tooMany(ex, response, model, FORGOT_USERNAME);
		}
		redirect.addFlashAttribute("notice", SAME_ANSWER);
		return "redirect:/login";
	}

	@GetMapping("/forgot-password")
	String forgotPassword() {
		return FORGOT_PASSWORD;
	}

	@PostMapping("/forgot-password")
	String sendResetLink(@RequestParam(defaultValue = "") String username, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			recovery.forgotPassword(username, brands.portal(request));
		}
		catch (RecoveryThrottledException ex) {
			return tooMany(ex, response, model, FORGOT_PASSWORD);
		}
		redirect.addFlashAttribute("notice", SAME_ANSWER);
		return "redirect:/login";
	}

	/** Too many requests: the same form again, saying how long to wait, with status 429. */
	private static String tooMany(RecoveryThrottledException ex, HttpServletResponse response, Model model, String view) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.waitFor().toSeconds())));
		model.addAttribute("problem", ex.getMessage());
		return view;
	}

	@GetMapping("/reset-password")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		return chooseForm(token, false, model);
	}

	@PostMapping("/reset-password")
	String reset(@ModelAttribute("form") PasswordForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return choose(form, binding, false, model, redirect);
	}

	@GetMapping("/invitation")
	String invitationForm(@RequestParam(defaultValue = "") String token, Model model) {
		return chooseForm(token, true, model);
	}

	@PostMapping("/invitation")
	String acceptInvitation(@ModelAttribute("form") PasswordForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return choose(form, binding, true, model, redirect);
	}

	private String chooseForm(String token, boolean invitation, Model model) {
		PasswordForm form = new PasswordForm();
		form.setToken(token);
		model.addAttribute("form", form);
		model.addAttribute("invitation", invitation);
		model.addAttribute("usable", recovery.isUsable(token, invitation));
		return CHOOSE_PASSWORD;
	}

	private String choose(PasswordForm form, BindingResult binding, boolean invitation, Model model,
			RedirectAttributes redirect) {
		try {
			String username = recovery.choosePassword(form.getToken(), form.getPassword(), form.getConfirmation(),
					invitation);
			redirect.addFlashAttribute("notice", "Your password is set. Log in as " + username + ".");
			return "redirect:/login";
		}
		catch (InvalidInputException ex) {
			Forms.reject(binding, ex);
			model.addAttribute("invitation", invitation);
			model.addAttribute("usable", !"token".equals(ex.field()));
			return CHOOSE_PASSWORD;
		}
	}
}
