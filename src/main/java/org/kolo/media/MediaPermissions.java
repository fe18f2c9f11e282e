package org.kolo.media;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.kolo.accounts.CurrentUser;
import org.kolo.accounts.Roles;
import org.kolo.web.RefusedRequest;

/**
 * Who may change an item (its file, subtitles, or delete it); every member of staff may look. An item a lesson uses
 * reaches every learner, so only coordinators and admins change it. Any other item: the trainer who uploaded it, a
 * coordinator of the city it was uploaded in, or an admin.
 */
@RequestScoped
public class MediaPermissions {

    @Inject
    CurrentUser user;

    /** Whether she may change the item; false for an item that does not exist. */
    public boolean mayChange(String mediaId) {
        MediaItem item = MediaItem.findById(mediaId);
        return item != null && refusal(item) == null;
    }

    /** Refuses (403, with the reason) unless she may change the item; 404 when there is none. */
    public void checkMayChange(String mediaId) {
        MediaItem item = MediaItem.findById(mediaId);
        if (item == null) {
            throw new NotFoundException();
        }
        String refusal = refusal(item);
        if (refusal != null) {
            throw new RefusedRequest(403, refusal);
        }
    }

    private String refusal(MediaItem item) {
        if (user.hasRole(Roles.ADMIN)) {
            return null;
        }
        boolean coordinator = user.hasRole(Roles.COORDINATOR);
        if (!MediaUsage.lessonsUsing(item.id).isEmpty()) {
            return coordinator ? null : "media-in-lessons";
        }
        boolean uploader = user.id().map(id -> id.equals(item.uploadedBy)).orElse(false);
        boolean cityCoordinator = coordinator && item.city != null && user.reaches(item.city);
        return uploader || cityCoordinator ? null : "media-not-yours";
    }
}
