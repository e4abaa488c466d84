package dk.fritvalg.shared;

import java.util.Arrays;

/**
 * A rule was broken by the user's input or action. Carries a translation key so the UI can show
 * a plain-language message in the user's language; the English message is for logs.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
