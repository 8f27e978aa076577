package org.concord.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.shared.BrandHosts;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.access.Administer;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Chooses the brand by the request's host and lets a vendor admin manage brands. */
@Service
public class Brands implements BrandHosts {

	static final int MAX_LOGO_BYTES = 256 * 1024;

	private final BrandRepository brands;
	private final AuditLog audit;
	private final Environment environment;

	Brands(BrandRepository brands, AuditLog audit, Environment environment) {
		this.brands = brands;
		this.audit = audit;
		this.environment = environment;
	}

	/** The brand of this host, or the vendor's default brand for a host nobody configured. */
	@Transactional(readOnly = true)
	public BrandView forHost(String host) {
		String normalized = host == null ? "" : host.toLowerCase(Locale.ROOT);
		return brands.viewForHost(normalized, Limit.of(1)).stream().findFirst()
				.orElseThrow(() -> new IllegalStateException("No default brand is configured"));
	}

	/**
	 * The portal of the brand whose host this request came in on (the default brand for any other host), at the
	 * configured address: links in mail never carry the request's Host header, scheme or port.
	 */
	@Transactional(readOnly = true)
	public Portal portal(HttpServletRequest request) {
		return portalOf(forHost(request.getServerName()).code());
	}

	/** Each product's name by its code, in the catalogue's order. */
	@Transactional(readOnly = true)
	public Map<String, String> productNames() {
		Map<String, String> names = new LinkedHashMap<>();
		brands.views().forEach(brand -> names.put(brand.code(), brand.name()));
		return names;
	}

	@Override
	public Map<String, String> names() {
		return productNames();
	}

	/** The vendor's brands, which are also the products a registration names. */
	@Transactional(readOnly = true)
	public List<BrandView> catalogue() {
		return brands.views();
	}

	/**
	 * The portal of a brand: its configured host, with the scheme and port the portals are served on
	 * ({@code concord.portal.scheme}, {@code concord.portal.port}; by default this server's own port over http).
	 */
	@Transactional(readOnly = true)
	public Portal portalOf(String code) {
		List<BrandView> all = brands.views();
		BrandView brand = all.stream().filter(b -> b.code().equals(code)).findFirst()
				.or(() -> all.stream().filter(BrandView::defaultBrand).findFirst())
				.orElseThrow(() -> new IllegalStateException("No default brand is configured"));
		String scheme = environment.getProperty("concord.portal.scheme", "http");
		String port = environment.getProperty("concord.portal.port",
				environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")));
		boolean defaultPort = ("http".equals(scheme) && "80".equals(port)) || ("https".equals(scheme) && "443".equals(port));
		return new Portal(brand, scheme + "://" + brand.host() + (defaultPort ? "" : ":" + port));
	}

	@Transactional(readOnly = true)
	public Optional<Logo> logo(String host) {
		Brand brand = brandFor(host);
		return Optional.ofNullable(brand.logo()).map(bytes -> new Logo(bytes, brand.logoContentType()));
	}

	public record Logo(byte[] bytes, String contentType) {
	}

	@Administer
	@Transactional(readOnly = true)
	public PageView<BrandView> all(Integer page, Integer size) {
		return PageView.of(brands.findAll(Paging.of(page, size, Sort.by("name"))), Brand::toView);
	}

	@Administer
	@Transactional(readOnly = true)
	public BrandView get(UUID id) {
		return brands.findById(id).map(Brand::toView).orElseThrow(() -> new NotFoundException("Brand"));
	}

	@Administer
	@Transactional
	public void change(UUID id, BrandDetails details) {
		Brand brand = brands.findById(id).orElseThrow(() -> new NotFoundException("Brand"));
		brands.findByHost(details.host().trim().toLowerCase(Locale.ROOT))
				.filter(other -> !other.toView().id().equals(id)).ifPresent(other -> {
					throw new InvalidInputException("host", "Another brand already uses this host.");
				});
		brand.change(details);
		audit.record("BRAND_CHANGED", brand.toView().code(), "host " + brand.toView().host());
	}

	/** Accepts a PNG, JPEG or WebP logo of at most 256 KB, judged by its bytes, not by its name. */
	@Administer
	@Transactional
	public void replaceLogo(UUID id, byte[] image) {
		Brand brand = brands.findById(id).orElseThrow(() -> new NotFoundException("Brand"));
		if (image == null || image.length == 0) {
			throw new InvalidInputException("logo", "Choose an image file.");
		}
		if (image.length > MAX_LOGO_BYTES) {
			throw new InvalidInputException("logo", "The logo may be at most 256 KB.");
		}
		String type = ImageTypes.sniff(image)
				.orElseThrow(() -> new InvalidInputException("logo", "The logo must be a PNG, JPEG or WebP image."));
		brand.replaceLogo(image, type);
		audit.record("BRAND_LOGO_CHANGED", brand.toView().code(), type);
	}

	/** Used by the demo data and by installers to set up the vendor's brands. */
	@Transactional
	public BrandView create(String code, BrandDetails details, boolean defaultBrand, byte[] logo, String logoType) {
		Brand brand = new Brand(code, details, defaultBrand);
		brand.replaceLogo(logo, logoType);
		return brands.save(brand).toView();
	}

	@Override
	public String brandOf(String host) {
		return forHost(host).code();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean exists(String code) {
		return brands.findByCode(code).isPresent();
	}

	private Brand brandFor(String host) {
		String normalized = host == null ? "" : host.toLowerCase(Locale.ROOT);
		return brands.findByHost(normalized).or(brands::findFirstByDefaultBrandTrue)
				.orElseThrow(() -> new IllegalStateException("No default brand is configured"));
	}
}
