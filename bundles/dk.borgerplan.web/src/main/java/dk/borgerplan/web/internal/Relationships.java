package dk.borgerplan.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dk.borgerplan.access.Grant;
import dk.borgerplan.access.GrantKind;
import dk.borgerplan.access.Part;
import dk.borgerplan.accounts.Account;
import dk.borgerplan.accounts.AccountService;
import dk.borgerplan.platform.Text;

/** A citizen's relationships as the API shows them, with the people's names and everything in words. */
final class Relationships {

    private Relationships() {
    }

    record PartView(Part part, String label) {
    }

    record GrantView(String id, GrantKind kind, String kindLabel, String accountId, String accountName,
            String team, String preparationMeetingId, List<PartView> parts, LocalDate validUntil,
            Instant grantedAt) {
    }

    static GrantView view(Grant grant, AccountService accounts, Locale locale) {
        String name = grant.accountId() == null ? null
                : accounts.find(grant.accountId()).map(Account::displayName).orElse(null);
        return new GrantView(grant.id(), grant.kind(), label(grant.kind()).in(locale), grant.accountId(), name,
                grant.team(), grant.preparationMeetingId(),
                grant.parts().stream().sorted().map(p -> new PartView(p, label(p).in(locale))).toList(),
                grant.validUntil(), grant.grantedAt());
    }

    static Text label(GrantKind kind) {
        return switch (kind) {
            case CASEWORKER -> Text.of("Sagsbehandler", "Caseworker");
            case TEAM -> Text.of("Team", "Team");
            case CITIZEN_ACCOUNT -> Text.of("Borgerens egen konto", "The citizen's own account");
            case RELATIVE_CONSENT -> Text.of("Pårørende med samtykke", "Relative with consent");
            case PEER_GUIDE_INVITATION -> Text.of("Borgerguide inviteret til forberedelsesmøde",
                    "Peer guide invited to a preparation meeting");
        };
    }

    static Text label(Part part) {
        return switch (part) {
            case RECORD -> Text.of("Stamoplysninger", "Record");
            case CPR -> Text.of("CPR-nummer", "CPR number");
            case PLAN -> Text.of("Planen", "The plan");
            case GOAL -> Text.of("Målene og opfølgningen", "The goals and their follow-up");
            case STAIRCASE -> Text.of("Måltrappen", "The goal staircase");
            case PREPARATION_MEETING -> Text.of("Forberedelsesmøderne", "The preparation meetings");
            case PREPARATION_SHEET -> Text.of("Forberedelsesarket", "The preparation sheet");
            case SCHEDULE -> Text.of("Møderne i årshjulet", "The meetings in the year wheel");
            case ACCESS_LOG -> Text.of("Adgangsloggen", "The access log");
            case RELATIONSHIPS -> Text.of("Hvem der har adgang", "Who has access");
        };
    }
}
