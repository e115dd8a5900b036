package org.stepin.core.privacy;

import java.util.List;

/**
 * Finds phone numbers: runs of 7 to 15 digits, optionally led by {@code +} or {@code (}, whose
 * digit groups are separated by at most three spaces, dots, dashes or parentheses (one dot or dash
 * at most). Runs shaped like dates, year lists, scores, thousands, decimals, IP addresses, ZIP+4
 * codes or round numbers are rejected, and so are runs glued to letters, currency signs, times or
 * percent signs. Scans each char a bounded number of times.
 */
final class PhoneFinder implements DetailFinder {
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;
    private static final int MAX_SEPARATOR = 3;
    private static final int MAX_GROUPS = 16;

    @Override
    public void find(String text, List<Candidate> out) {
        int i = 0;
        while (i < text.length()) {
            if (startsNumber(text, i)) {
                i = Math.max(i + 1, scan(text, i, out));
            } else {
                i++;
            }
        }
    }

    private static boolean startsNumber(String text, int i) {
        char c = text.charAt(i);
        boolean opens = Chars.isDigit(c) || ((c == '+' || c == '(') && Chars.digitAt(text, i + 1));
        return opens && boundaryBefore(text, i);
    }

    private static boolean boundaryBefore(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (Character.isLetterOrDigit(before) || Character.getType(before) == Character.CURRENCY_SYMBOL) {
            return false;
        }
        if ((before == ',' || before == ':') && Chars.digitAt(text, i - 2)) {
            return false;
        }
        return ".-/_#@+%&^\\|'".indexOf(before) < 0;
    }

    /** Scans one run from {@code start}, adds it when it passes, and returns where the run ends. */
    private static int scan(String text, int start, List<Candidate> out) {
        int[] groups = new int[MAX_GROUPS];
        char[] separators = new char[MAX_GROUPS];
        int groupCount = 0;
        int digitCount = 0;
        boolean plus = text.charAt(start) == '+';
        int pos = text.charAt(start) == '(' || plus ? start + 1 : start;
        int end;
        while (true) {
            int groupStart = pos;
            while (Chars.digitAt(text, pos)) {
                pos++;
            }
            digitCount += pos - groupStart;
            if (groupCount < MAX_GROUPS) {
                groups[groupCount] = pos - groupStart;
            }
            groupCount++;
            end = pos;
            char separator = separatorAfter(text, pos);
            if (separator == 0) {
                break;
            }
            if (groupCount <= MAX_GROUPS) {
                separators[groupCount - 1] = separator;
            }
            while (!Chars.digitAt(text, pos)) {
                pos++;
            }
        }
        if (groupCount <= MAX_GROUPS && digitCount >= MIN_DIGITS && digitCount <= MAX_DIGITS
                && boundaryAfter(text, end)) {
            String digits = Chars.digitsOf(text.subSequence(start, end));
            int afterFirstGroup = start + 1 + groups[0];
            boolean closedAreaCode = text.charAt(start) != '('
                    || (afterFirstGroup < text.length() && text.charAt(afterFirstGroup) == ')');
            int from = closedAreaCode ? start : start + 1;
            if (!looksLikeOtherNumber(digits, groups, separators, groupCount, plus)) {
                out.add(new Candidate(PersonalDetailKind.PHONE, from, end, digits));
            }
        }
        return end;
    }

    /**
     * The separator kind ({@code '.'}, {@code '-'} or {@code ' '}) between the digit group ending at
     * {@code pos} and a following digit group, or 0 when the run ends here.
     */
    private static char separatorAfter(String text, int pos) {
        int length = 0;
        int dotsOrDashes = 0;
        char kind = ' ';
        while (pos + length < text.length() && length <= MAX_SEPARATOR) {
            char c = text.charAt(pos + length);
            if (c == '.' || c == '-') {
                dotsOrDashes++;
                kind = c;
            } else if (c != ' ' && c != '\u00A0' && c != '(' && c != ')') {
                break;
            }
            length++;
        }
        boolean fits = length >= 1 && length <= MAX_SEPARATOR && dotsOrDashes <= 1;
        return fits && Chars.digitAt(text, pos + length) ? kind : 0;
    }

    private static boolean boundaryAfter(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char after = text.charAt(end);
        if (Character.isLetterOrDigit(after) || after == '%' || after == '\'') {
            return false;
        }
        return !(".,:/-".indexOf(after) >= 0 && Chars.digitAt(text, end + 1));
    }

    private static boolean looksLikeOtherNumber(String digits, int[] groups, char[] separators, int count,
                                                boolean plus) {
        if (isDate(groups, separators, count) || isYearList(digits, groups, count)) {
            return true;
        }
        if (plus) {
            return false;
        }
        char firstDigit = digits.charAt(0);
        return isThousands(groups, separators, count, firstDigit)
                || isScoreList(groups, count, firstDigit)
                || isDecimal(separators, count)
                || isIpAddress(groups, separators, count)
                || isZipPlusFour(groups, separators, count)
                || roundOrDateWithoutSeparators(digits, count);
    }

    /** Three groups such as 2024-05-01, 01.05.2024 or 1-5-2024, anywhere in the run. */
    private static boolean isDate(int[] groups, char[] separators, int count) {
        for (int i = 0; i + 2 < count; i++) {
            boolean sameSeparator = separators[i] == separators[i + 1] && separators[i] != ' ';
            boolean yearFirst = groups[i] == 4 && groups[i + 1] <= 2 && groups[i + 2] <= 2;
            boolean yearLast = groups[i] <= 2 && groups[i + 1] <= 2 && groups[i + 2] == 4;
            if (sameSeparator && (yearFirst || yearLast)) {
                return true;
            }
        }
        return false;
    }

    /** 2009-2015 or 2019 2020 2021: every group four digits starting 19 or 20. */
    private static boolean isYearList(String digits, int[] groups, int count) {
        if (count < 2) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (groups[i] != 4 || !isYear(digits.substring(4 * i, 4 * i + 4))) {
                return false;
            }
        }
        return true;
    }

    /** 1 000 000 or 1.000.000: a short first group, then groups of exactly three. */
    private static boolean isThousands(int[] groups, char[] separators, int count, char firstDigit) {
        if (count < 2 || firstDigit == '0' || groups[0] > 3) {
            return false;
        }
        for (int i = 1; i < count; i++) {
            if (groups[i] != 3 || separators[i - 1] != separators[0] || separators[0] == '-') {
                return false;
            }
        }
        return true;
    }

    /** 21-18 21-15: only groups of one or two digits, not led by a trunk zero. */
    private static boolean isScoreList(int[] groups, int count, char firstDigit) {
        if (firstDigit == '0') {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (groups[i] > 2) {
                return false;
            }
        }
        return true;
    }

    /** 3.14159265: two groups joined by one dot. */
    private static boolean isDecimal(char[] separators, int count) {
        return count == 2 && separators[0] == '.';
    }

    /** 192.168.100.200: four dotted groups of at most three digits. */
    private static boolean isIpAddress(int[] groups, char[] separators, int count) {
        if (count != 4) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (groups[i] > 3 || (i < 3 && separators[i] != '.')) {
                return false;
            }
        }
        return true;
    }

    /** 12345-6789: a US ZIP+4 code, not a phone. */
    private static boolean isZipPlusFour(int[] groups, char[] separators, int count) {
        return count == 2 && groups[0] == 5 && groups[1] == 4 && separators[0] == '-';
    }

    /** 20240501, 01052024 or 1000000 written without separators. */
    private static boolean roundOrDateWithoutSeparators(String digits, int groupCount) {
        if (groupCount != 1 || digits.charAt(0) == '0') {
            return false;
        }
        if (digits.endsWith("0000")) {
            return true;
        }
        return digits.length() == 8 && (isYearMonthDay(digits) || isDayMonthYear(digits));
    }

    private static boolean isYearMonthDay(String d) {
        return isYear(d.substring(0, 4)) && isMonth(d.substring(4, 6)) && isDay(d.substring(6, 8));
    }

    private static boolean isDayMonthYear(String d) {
        return isDay(d.substring(0, 2)) && isMonth(d.substring(2, 4)) && isYear(d.substring(4, 8));
    }

    private static boolean isYear(String four) {
        return four.startsWith("19") || four.startsWith("20");
    }

    private static boolean isMonth(String two) {
        int month = Integer.parseInt(two);
        return month >= 1 && month <= 12;
    }

    private static boolean isDay(String two) {
        int day = Integer.parseInt(two);
        return day >= 1 && day <= 31;
    }
}
