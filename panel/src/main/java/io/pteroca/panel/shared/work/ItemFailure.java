package io.pteroca.panel.shared.work;

/**
 * What a sweep does when one of its items fails: it goes on with the next item whatever the item threw (a plugin's
 * AssertionError, a StackOverflowError from a runaway recursion, a checked exception thrown sneakily past its
 * signature), except when the JVM itself is failing (out of memory, an internal error): going on would only make
 * that worse, so such an error ends the sweep.
 */
public final class ItemFailure {

    private ItemFailure() {
    }

    /** Rethrows a failure that must end the sweep; returns for any other, which the caller logs before the next item. */
    public static void rethrowIfFatal(Throwable failure) {
        // A StackOverflowError has unwound by the time it is caught: the thread's stack is whole again.
        if (failure instanceof VirtualMachineError fatal && !(failure instanceof StackOverflowError)) {
            throw fatal;
        }
        if (failure instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
    }
}
