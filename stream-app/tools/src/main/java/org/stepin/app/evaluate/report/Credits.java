package org.stepin.app.evaluate.report;

import java.util.List;

/** The data sets the evaluation reads, credited with authors and licences in the report footer. */
final class Credits {
    static final List<String> DATASETS = List.of(
            "GoEmotions: Demszky, Movshovitz-Attias, Ko, Cowen, Nemade and Ravi, ACL 2020. Apache-2.0.",
            "SAD, Stress Annotated Dataset: Mauriello, Lincoln, Hon, Simon, Jurafsky and Paredes, CHI 2021. MIT.",
            "Reddit C-SSRS Suicide Dataset: Gaur, Alambo, Sain, Kursuncu, Thirunarayan, Kavuluru, Sheth, Welton"
                    + " and Pathak, WWW 2019. CC BY 4.0 (Zenodo 10.5281/zenodo.2667859).",
            "Automated Hate Speech Detection and the Problem of Offensive Language: Davidson, Warmsley, Macy and"
                    + " Weber, ICWSM 2017. MIT.",
            "VADER: Hutto and Gilbert, ICWSM 2014 (MIT); Java port com.github.apanimesh061:vader-sentiment-analyzer"
                    + " (MIT).",
            "stepin seed corpus: written by the stepin team (lexicons/corpus).");

    private Credits() {
    }
}
