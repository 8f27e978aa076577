package org.concord.shared.web;

import java.math.BigDecimal;

import org.concord.shared.Money;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.utils.SpringDocUtils;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Money on the wire: {@code {"amount": "90.00", "currency": "CAD"}}, the amount a decimal string to the currency's
 * minor unit, so no client reads it through a binary floating point number. The API document says the same.
 */
@Configuration(proxyBeanMethods = false)
class MoneyJson {

	static {
		SpringDocUtils.getConfig().replaceWithSchema(Money.class, new ObjectSchema().name("Money")
				.description("An amount in a currency, to the currency's minor unit")
				.addProperty("amount", new StringSchema().pattern("^-?[0-9]+(\\.[0-9]+)?$").example("90.00"))
				.addProperty("currency", new StringSchema().description("ISO 4217 code").example("CAD"))
				.addRequiredItem("amount").addRequiredItem("currency"));
	}

	@Bean
	SimpleModule moneyModule() {
		SimpleModule module = new SimpleModule("concord-money");
		module.addSerializer(Money.class, new Writer());
		module.addDeserializer(Money.class, new Reader());
		return module;
	}

	static final class Writer extends ValueSerializer<Money> {

		@Override
		public void serialize(Money money, JsonGenerator json, SerializationContext context) {
			json.writeStartObject();
			json.writeStringProperty("amount", money.amount().toPlainString());
			json.writeStringProperty("currency", money.currency().getCurrencyCode());
			json.writeEndObject();
		}
	}

	static final class Reader extends ValueDeserializer<Money> {

		@Override
		public Money deserialize(JsonParser parser, DeserializationContext context) {
			JsonNode node = context.readTree(parser);
			JsonNode amount = node.get("amount");
			JsonNode currency = node.get("currency");
			if (amount == null || currency == null || !currency.isString()) {
				return context.reportInputMismatch(Money.class, "Money needs an amount and a currency");
			}
			return Money.of(new BigDecimal(amount.asString()), currency.asString());
		}
	}
}
