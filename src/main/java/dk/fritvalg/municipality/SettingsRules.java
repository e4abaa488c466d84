package dk.fritvalg.municipality;

import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.EmailAddress;
import dk.fritvalg.shared.WebAddress;
import java.util.regex.Pattern;

/**
 * The rules for a municipality's settings, for the portal's form and the catalogue alike. Each broken rule is a
 * {@link BusinessException} whose key names the field ({@code settings.error.*}).
 */
public final class SettingsRules {

    /** Results built on fewer answers than this are never shown (data discretion); no municipality may go lower. */
    public static final int MINIMUM_GROUP_SIZE = 3;
    public static final int MAXIMUM_GROUP_SIZE = 100;
    public static final int MAXIMUM_NOTICE_DAYS = 365;
    /** The cut-off day exists in every month. */
    public static final int LAST_CUTOFF_DAY = 28;
    private static final Pattern PHONE = Pattern.compile("[+]?[0-9 ()-]{8,40}");

    private SettingsRules() {
    }

    /** The settings with text fields trimmed (empty becomes none), or the first broken rule. */
    public static MunicipalitySettings checked(MunicipalitySettings s) {
        if (s.contractModel() == null) {
            throw new BusinessException("settings.error.contract-model");
        }
        if (s.rehabilitationModel() == null) {
            throw new BusinessException("settings.error.rehabilitation-model");
        }
        if (s.switchRule() == null) {
            throw new BusinessException("settings.error.switch-rule");
        }
        if (s.switchRule() == SwitchRule.NOTICE_DAYS
                && (s.switchNoticeDays() == null || s.switchNoticeDays() < 0 || s.switchNoticeDays() > MAXIMUM_NOTICE_DAYS)) {
            throw new BusinessException("settings.error.notice-days", MAXIMUM_NOTICE_DAYS);
        }
        if (s.switchRule() == SwitchRule.MONTHLY_CUTOFF
                && (s.switchCutoffDay() == null || s.switchCutoffDay() < 1 || s.switchCutoffDay() > LAST_CUTOFF_DAY)) {
            throw new BusinessException("settings.error.cutoff-day", LAST_CUTOFF_DAY);
        }
        if (s.switchApproval() == null) {
            throw new BusinessException("settings.error.switch-approval");
        }
        if (s.minimumGroupSize() < MINIMUM_GROUP_SIZE || s.minimumGroupSize() > MAXIMUM_GROUP_SIZE) {
            throw new BusinessException("settings.error.minimum-group-size", MINIMUM_GROUP_SIZE, MAXIMUM_GROUP_SIZE);
        }
        String phone = blankToNull(s.contactPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new BusinessException("settings.error.phone");
        }
        String email = blankToNull(s.contactEmail());
        if (email != null && !EmailAddress.isValid(email)) {
            throw new BusinessException("settings.error.email");
        }
        String website = blankToNull(s.website());
        if (website != null && (website.length() > 300 || !WebAddress.isValid(website))) {
            throw new BusinessException("settings.error.website");
        }
        return new MunicipalitySettings(s.contractModel(), s.rehabilitationModel(), s.rehabilitationContinuity(), s.switchRule(),
                s.switchNoticeDays(), s.switchCutoffDay(), s.switchApproval(), s.minimumGroupSize(), phone, email, website);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
