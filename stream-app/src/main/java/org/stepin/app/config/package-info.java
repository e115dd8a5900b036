/**
 * Typed, validated configuration of the pipeline, read from a properties file: a bad value stops start-up with
 * an error that names the key.
 */
package org.stepin.app.config;
