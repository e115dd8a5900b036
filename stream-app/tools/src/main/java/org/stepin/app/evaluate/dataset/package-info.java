/**
 * Readers for the labelled data the evaluation runs on: the public data sets in {@code ../shared/data}
 * (read at run time from a folder, never copied into the project or needed by the product) and the
 * team's packaged seed corpus. Each reader turns one file format into immutable labelled values and
 * names the file and line when the data is not what it expects.
 */
package org.stepin.app.evaluate.dataset;
