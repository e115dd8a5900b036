/**
 * JMH benchmark of the deep tier (CoreNLP), apart from the fast tier's so that {@code bench.sh} and its 64 MB
 * heap never load CoreNLP. Run: {@code ./mvnw -Pbench -DskipTests package -pl detector-core -am}, then
 * {@code java -cp detector-core/target/classes:$(cat detector-core/target/bench.classpath) org.openjdk.jmh.Main
 * 'org.stepin.core.deepbench.*'}.
 */
package org.stepin.core.deepbench;
