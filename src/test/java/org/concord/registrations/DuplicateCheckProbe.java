package org.concord.registrations;

import org.concord.shared.matching.CompanyNames;
import org.concord.shared.matching.MatchKeys;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the registration benchmark (org.concord.bench.RegistrationBenchmark): runs the duplicate check's own
 * lookups ({@link DuplicateCheck#isClaimed}, {@link DuplicateCheck#candidates}) as
 * {@link DuplicateCheck#register} does before it writes anything, and times each phase.
 * <p>
 * Not a Spring bean on purpose: the test suite scans this package, and nothing here should join its context.
 */
public final class DuplicateCheckProbe {

	public enum Outcome {
		/** An exact key is held by a protected registration: the submission would be a duplicate. */
		CLAIMED,
		/** No exact match, but a candidate its blocking keys found resembles it ({@link CompanyNames#resemble}). */
		RESEMBLES,
		/** Neither. */
		NEW
	}

	/** One timed check; the phases in nanoseconds, and how many names the fuzzy match compared against. */
	public record Timed(Outcome outcome, long totalNanos, long exactNanos, long bucketFetchNanos, long similarityNanos,
			int bucketSize) {
	}

	private final DuplicateCheck duplicates;
	private final TransactionTemplate transactions;

	public DuplicateCheckProbe(ApplicationContext context) {
		this.duplicates = context.getBean(DuplicateCheck.class);
		this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
	}

	/** The exact name key the check matches on: the name's words run together. */
	public static String normalizedName(String companyName) {
		return MatchKeys.companyName(companyName);
	}

	/** The name's words, as the lookalike comparison reads them. */
	public static List<String> words(String companyName) {
		return CompanyNames.words(companyName);
	}

	/** The lookalike keys a registered prospect is stored under (its name's blocking keys, a shared mailbox). */
	public static Set<String> storedKeys(String companyName, String email) {
		return DuplicateCheck.lookalikeKeys(CompanyNames.storedKeys(CompanyNames.words(companyName)), email);
	}

	/** The blocking keys of a name already in words. */
	public static Set<String> storedKeys(List<String> words) {
		return CompanyNames.storedKeys(words);
	}

	/** The keys a new name is looked up by. */
	public static Set<String> lookupKeys(String companyName) {
		return CompanyNames.lookupKeys(CompanyNames.words(companyName));
	}

	/** The match keys of a prospect as {@code KIND:value}, to compare with what the benchmark loaded. */
	public static List<String> keys(String companyName, String website, String email, String phone) {
		return MatchKeys.of(companyName, website, email, phone).stream().map(k -> k.kind() + ":" + k.value()).toList();
	}

	/**
	 * Checks a prospect against the registrations of {@code product}. The clock runs inside a transaction that is
	 * already open, as the real check runs inside the submission's transaction.
	 */
	public Timed check(String product, String companyName, String website, String email, String phone) {
		return transactions.execute(tx -> {
			long start = System.nanoTime();
			List<MatchKeys.Key> keys = MatchKeys.of(companyName, website, email, phone);
			boolean claimed = duplicates.isClaimed(product, keys);
			long exactDone = System.nanoTime();
			if (claimed) {
				return new Timed(Outcome.CLAIMED, exactDone - start, exactDone - start, 0, 0, 0);
			}
			List<String> words = CompanyNames.words(companyName);
			List<DuplicateCheck.Candidate> bucket = duplicates.candidates(product, words, email);
			long fetched = System.nanoTime();
			boolean resembles = DuplicateCheck.resemblesAny(words, bucket);
			long end = System.nanoTime();
			return new Timed(resembles ? Outcome.RESEMBLES : Outcome.NEW, end - start, exactDone - start,
					fetched - exactDone, end - fetched, bucket.size());
		});
	}
}
