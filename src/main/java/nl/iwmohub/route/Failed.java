package nl.iwmohub.route;

/**
 * The lane route's step after an attempt on a work file failed: a fault of the environment (the store away,
 * closed, full or read-only; a folder not writable) is waited for and the file is tried again; any other failure
 * is one of the message, which goes to the rejected folder with an INTERNAL_ERROR report. Decided here, on the
 * exception itself, rather than by a predicate of the route (a doCatch onWhen once let a closed H2 store through
 * as a fault of the message, and the file was rejected: TransientFaultTest).
 */
public final class Failed {
    private final Lanes lanes;
    private final BackOff backOff;
    private final Settle settle;

    public Failed(Lanes lanes, BackOff backOff, Settle settle) {
        this.lanes = lanes;
        this.backOff = backOff;
        this.settle = settle;
    }

    public void attempt(String workFile, Throwable cause) {
        if (BackOff.ofEnvironment(cause)) {
            // this start finished (with a fault of its environment): it does not count as unfinished
            lanes.finished(workFile);
            backOff.pause(workFile, cause);
        } else {
            settle.failed(workFile, cause);
        }
    }
}
