package org.dhrqa.tracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DhrQaTrackerApplication {

	public static void main(String[] args) {
		SpringApplication.run(DhrQaTrackerApplication.class, args);
	}

}
