/**
 * Typed, validated configuration of the pipeline, read once from a properties file against one Kafka
 * {@code ConfigDef} ({@link org.stepin.app.config.PipelineConfigDef}): a bad value or an unknown key stops
 * start-up with an error that names the key. The settings table {@code deploy/config/SETTINGS.md} is generated
 * from the same definition ({@link org.stepin.app.config.SettingsDoc}).
 */
package org.stepin.app.config;
