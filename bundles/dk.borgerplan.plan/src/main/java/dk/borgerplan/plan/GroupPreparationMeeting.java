package dk.borgerplan.plan;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A group preparation meeting (gruppeforberedelsesmøde) on an area's year wheel: four a year per area is the
 * method's norm (seed 001, 2.2.1). Citizens of the area sign up, up to its capacity. {@code id} is the stable UID of
 * its invitation and {@code sequence} its SEQUENCE, raised by every change of area, time, duration, place and by the
 * cancellation (not by sign-ups). Sign-ups name citizens by id only, in the order they signed up.
 *
 * @param start Danish wall-clock time ({@link DanishTime#ZONE})
 * @param capacity from 1 to 50 citizens
 * @param cancelled null while it stands
 */
public record GroupPreparationMeeting(String id, TargetGroup area, LocalDateTime start, int durationMinutes,
        String place, int capacity, List<GroupSignUp> signUps, Stamp cancelled, int sequence, long version,
        Stamp created, Stamp updated) implements YearWheelMeeting {

    public GroupPreparationMeeting {
        signUps = signUps == null ? List.of() : List.copyOf(signUps);
    }

    /** The signed-up citizens' ids, in the order they signed up. */
    public List<String> citizenIds() {
        return signUps.stream().map(GroupSignUp::citizenId).toList();
    }

    public boolean signedUp(String citizenId) {
        return signUps.stream().anyMatch(s -> s.citizenId().equals(citizenId));
    }

    public int freePlaces() {
        return Math.max(0, capacity - signUps.size());
    }

    public boolean full() {
        return signUps.size() >= capacity;
    }

    /** The same meeting with another version, e.g. as a store returns it. */
    public GroupPreparationMeeting withVersion(long newVersion) {
        return new GroupPreparationMeeting(id, area, start, durationMinutes, place, capacity, signUps, cancelled,
                sequence, newVersion, created, updated);
    }
}
