package vn.vusta.thidua.system;

/** The signed-in user may not do this; answered with 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
