package org.concord.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.concord.shared.InvalidInputException;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.RoundFunction;

/**
 * A scorecard formula the vendor writes: arithmetic over the KPIs by name (revenue, pipeline, engagement,
 * certifications, contact_misses, conflicts), numbers, parentheses, and MIN, MAX, ABS and ROUND; nothing else, no
 * strings, arrays or code. Read by EvalEx with no constants of its own, checked when the vendor saves it.
 */
final class ScorecardFormula {

	static final int MAX_LENGTH = 1000;

	private static final ExpressionConfiguration ARITHMETIC = ExpressionConfiguration.builder()
			.functionDictionary(MapBasedFunctionDictionary.ofFunctions(Map.entry("MIN", new MinFunction()),
					Map.entry("MAX", new MaxFunction()), Map.entry("ABS", new AbsFunction()),
					Map.entry("ROUND", new RoundFunction())))
			.defaultConstants(Map.of()).arraysAllowed(false).structuresAllowed(false).singleQuoteStringLiteralsAllowed(false)
			.decimalPlacesRounding(6).build();

	private static final Set<String> NAMES = Arrays.stream(ScorecardKpi.values()).map(ScorecardKpi::variable)
			.collect(Collectors.toUnmodifiableSet());

	private final String text;

	private ScorecardFormula(String text) {
		this.text = text;
	}

	/** Checks the formula names only KPIs and gives a number; the message names the field {@code expression}. */
	static ScorecardFormula parse(String text) {
		String given = text == null ? "" : text.strip();
		if (given.isEmpty() || given.length() > MAX_LENGTH) {
			throw new InvalidInputException("expression", "Write the formula, at most " + MAX_LENGTH + " characters.");
		}
		try {
			Expression expression = new Expression(given, ARITHMETIC);
			expression.validate();
			Set<String> unknown = new TreeSet<>(expression.getUsedVariables());
			unknown.removeAll(NAMES);
			if (!unknown.isEmpty()) {
				throw new InvalidInputException("expression", "Unknown name " + String.join(", ", unknown) + ": use "
						+ String.join(", ", new TreeSet<>(NAMES)) + ".");
			}
			ScorecardFormula formula = new ScorecardFormula(given);
			Map<ScorecardKpi, BigDecimal> ones = Arrays.stream(ScorecardKpi.values())
					.collect(Collectors.toMap(k -> k, k -> BigDecimal.ONE));
			formula.score(ones);
			return formula;
		}
		catch (BaseException | IllegalArgumentException | ArithmeticException ex) {
			throw new InvalidInputException("expression", "The formula cannot be read: " + ex.getMessage());
		}
	}

	/** The score for these KPI values, to two decimals. */
	BigDecimal score(Map<ScorecardKpi, BigDecimal> kpis) throws BaseException {
		Expression expression = new Expression(text, ARITHMETIC);
		for (ScorecardKpi kpi : ScorecardKpi.values()) {
			expression.with(kpi.variable(), kpis.getOrDefault(kpi, BigDecimal.ZERO));
		}
		EvaluationValue value = expression.evaluate();
		if (!value.isNumberValue()) {
			throw new IllegalArgumentException("the formula must give a number");
		}
		return value.getNumberValue().setScale(2, RoundingMode.HALF_UP);
	}

	String text() {
		return text;
	}
}
