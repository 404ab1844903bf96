package nl.iwmohub.route;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a file in the work folder: {@code lane<N>-<sequence>_<name it arrived under>}, the sequence
 * number 19 digits wide, so that a lane's files sort by name in arrival order. A hub before lanes were routes
 * named them {@code <sequence>_<name>} (lane -1 here); such files are given their lane at start-up.
 */
record WorkName(int lane, long sequence, String arrivedAs) {
    private static final Pattern CURRENT = Pattern.compile("^lane([0-9]{1,4})-([0-9]{19})_(.+)$", Pattern.DOTALL);
    private static final Pattern EARLIER = Pattern.compile("^([0-9]{19})_(.+)$", Pattern.DOTALL);

    /** The parts of a work file's name; null if it is not one. */
    static WorkName parse(String name) {
        try {
            Matcher m = CURRENT.matcher(name);
            if (m.matches()) return new WorkName(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)), m.group(3));
            m = EARLIER.matcher(name);
            if (m.matches()) return new WorkName(-1, Long.parseLong(m.group(1)), m.group(2));
        } catch (NumberFormatException e) {
            // 19 digits beyond a long: not a name the hub gave
        }
        return null;
    }

    WorkName inLane(int other) {
        return new WorkName(other, sequence, arrivedAs);
    }

    @Override
    public String toString() {
        return String.format("lane%d-%019d_%s", lane, sequence, arrivedAs);
    }
}
