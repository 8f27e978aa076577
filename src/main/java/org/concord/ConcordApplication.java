package org.concord;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ConcordApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConcordApplication.class, args);
	}
}
