/**
 * Personal details in chat text: finding them and masking them.
 *
 * <p>{@link org.stepin.core.privacy.PersonalDetailScanner} finds phone numbers, e-mail addresses,
 * social handles, URLs and street addresses in the original message, with offsets into it; the
 * agency's own contact details ({@link org.stepin.core.privacy.AgencyDetails}) are left out. Its
 * {@linkplain org.stepin.core.privacy.PersonalDetailScanner#strict() strict} form, for texts shown
 * outside the pipeline (the evaluation report's examples), also masks anything that may be a detail
 * and every run of digits.
 * {@link org.stepin.core.privacy.Masker} replaces the details with placeholders such as
 * {@code [phone]} and returns a {@link org.stepin.core.privacy.MaskedText} that maps spans of the
 * original into the masked text and cuts alert snippets whose spans still point at the evidence.
 * Everything here is pure, linear in the text length and thread-safe.
 */
package org.stepin.core.privacy;
