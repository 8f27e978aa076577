package org.concord.rooms.web;

import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.concord.rooms.Rooms;
import org.concord.shared.CurrentActor;
import org.concord.shared.NotFoundException;
import org.concord.shared.web.InRoom;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Holds partner people to their rooms: a page or API route marked {@link InRoom} answers 404 to a partner person
 * whose company sees none of its rooms, before the controller runs. Vendor staff pass.
 */
@Configuration(proxyBeanMethods = false)
class RoomGuard implements WebMvcConfigurer, HandlerInterceptor {

	private final Rooms rooms;
	private final CurrentActor actor;

	RoomGuard(Rooms rooms, CurrentActor actor) {
		this.rooms = rooms;
		this.actor = actor;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		InRoom room = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), InRoom.class);
		if (room == null) {
			room = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), InRoom.class);
		}
		if (room == null || request.getUserPrincipal() == null || actor.isVendorStaff()) {
			return true;
		}
		var company = actor.scope().company();
		if (company.isPresent() && !rooms.opens(company.get(), EnumSet.copyOf(List.of(room.value())))) {
			throw new NotFoundException("Page");
		}
		return true;
	}
}
