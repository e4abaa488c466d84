package dk.fritvalg.municipality;

/** How a municipality runs free choice: its contract model, switching rule and the like. */
public record MunicipalitySettings(
        ContractModel contractModel,
        RehabilitationModel rehabilitationModel,
        boolean rehabilitationContinuity,
        SwitchRule switchRule,
        Integer switchNoticeDays,
        Integer switchCutoffDay,
        SwitchApproval switchApproval,
        int minimumGroupSize,
        String contactPhone,
        String contactEmail,
        String website) {
}
