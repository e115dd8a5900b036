/** JMH benchmarks of the fast tier; see BENCHMARKS.md for how to run them and the numbers. */
package org.stepin.core.bench;
