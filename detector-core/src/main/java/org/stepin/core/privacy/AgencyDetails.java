package org.stepin.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agency's own contact details, which are not personal: a worker who gives the organisation's
 * number, address, handle or web site is doing the right thing. The scanner leaves details that
 * match these out of its result. Values are normalised on the way in: e-mail and URL domains to
 * lower case without {@code @}, scheme or {@code www.}; handles to lower case without {@code @};
 * phone numbers to their digits; a null value, an empty one after normalising or a phone number of
 * fewer than three digits is rejected with the field's name. Immutable.
 *
 * <p>Matching: an e-mail matches when its domain is one of {@code emailDomains} or a subdomain of
 * one; a URL likewise against {@code urlDomains}; a handle by its name, ignoring case; a phone when
 * its digits equal an agency number's, allowing for an international prefix ({@code 00} or
 * {@code +} and a one- to three-digit country code) in place of a leading trunk {@code 0}.
 *
 * @param emailDomains domains of the agency's e-mail addresses, e.g. {@code stepin.org}
 * @param phoneNumbers the agency's phone numbers in any format
 * @param handles the agency's social handles, with or without {@code @}
 * @param urlDomains domains of the agency's web sites, e.g. {@code stepin.org}
 */
public record AgencyDetails(Set<String> emailDomains, Set<String> phoneNumbers, Set<String> handles,
                            Set<String> urlDomains) {
    private static final int MIN_NATIONAL_DIGITS = 9;
    private static final int MAX_COUNTRY_CODE = 3;

    public AgencyDetails {
        emailDomains = normalise(emailDomains, "emailDomains", AgencyDetails::domainOf);
        phoneNumbers = normalise(phoneNumbers, "phoneNumbers", AgencyDetails::phoneDigitsOf);
        handles = normalise(handles, "handles", h -> stripPrefix(h.trim().toLowerCase(Locale.ROOT), "@"));
        urlDomains = normalise(urlDomains, "urlDomains", AgencyDetails::domainOf);
    }

    /** No agency details: every detail found is reported. */
    public static AgencyDetails none() {
        return new AgencyDetails(Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** True when the candidate is one of the agency's own details. */
    boolean owns(Candidate candidate) {
        return switch (candidate.kind()) {
            case EMAIL -> inDomains(candidate.key(), emailDomains);
            case URL -> inDomains(candidate.key(), urlDomains);
            case HANDLE -> handles.contains(candidate.key());
            case PHONE -> phoneNumbers.stream().anyMatch(number -> samePhone(number, candidate.key()));
            default -> false;
        };
    }

    private static boolean inDomains(String domain, Set<String> domains) {
        for (String own : domains) {
            if (domain.equals(own) || domain.endsWith("." + own)) {
                return true;
            }
        }
        return false;
    }

    static boolean samePhone(String digitsA, String digitsB) {
        String a = national(digitsA);
        String b = national(digitsB);
        if (a.equals(b)) {
            return true;
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = a.length() >= b.length() ? b : a;
        return shorter.length() >= MIN_NATIONAL_DIGITS && longer.length() - shorter.length() <= MAX_COUNTRY_CODE
                && longer.endsWith(shorter);
    }

    private static String national(String digits) {
        String number = stripPrefix(digits, "00");
        return stripPrefix(number, "0");
    }

    private static Set<String> normalise(Set<String> values, String name,
                                         Function<String, String> normaliser) {
        requireNonNull(values, name);
        return values.stream().map(value -> {
            requireNonNull(value, name + " element");
            String normalised = normaliser.apply(value);
            if (normalised.isEmpty()) {
                throw new IllegalArgumentException(name + " has an empty value: '" + value + "'");
            }
            return normalised;
        }).collect(Collectors.toUnmodifiableSet());
    }

    private static String domainOf(String value) {
        String domain = value.trim().toLowerCase(Locale.ROOT);
        domain = domain.substring(domain.indexOf('@') + 1);
        domain = stripPrefix(stripPrefix(domain, "https://"), "http://");
        domain = stripPrefix(domain, "www.");
        int slash = domain.indexOf('/');
        return slash >= 0 ? domain.substring(0, slash) : domain;
    }

    private static String phoneDigitsOf(String value) {
        String digits = Chars.digitsOf(value);
        if (digits.length() < 3) {
            throw new IllegalArgumentException("phoneNumbers has a value without a phone number: '" + value + "'");
        }
        return digits;
    }

    private static String stripPrefix(String value, String prefix) {
        return value.startsWith(prefix) ? value.substring(prefix.length()) : value;
    }
}
