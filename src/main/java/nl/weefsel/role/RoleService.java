package nl.weefsel.role;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.weefsel.base.Checks;
import nl.weefsel.base.InvalidInputException;
import nl.weefsel.base.internal.EntityStore;
import nl.weefsel.role.internal.RoleNode;
import nl.weefsel.role.internal.RoleRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the role taxonomy. */
@Service
@Transactional(readOnly = true)
public class RoleService {

    static final String KIND = "Role";
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

    private final RoleRepository repository;
    private final EntityStore<RoleNode, Role> store;

    RoleService(RoleRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.store = new EntityStore<>(KIND, repository, RoleNode::toRole, events);
    }

    /** Every role, by Dutch name. */
    public List<Role> all() {
        return repository.findAllByOrderByNameNl().stream().map(RoleNode::toRole).toList();
    }

    public Optional<Role> find(String id) {
        return store.find(id);
    }

    public Optional<Role> findByKey(String key) {
        return repository.findByKey(key).map(RoleNode::toRole);
    }

    @Transactional
    @PreAuthorize("@access.mayManageRoles()")
    public Role create(RoleData data) {
        return create(null, data);
    }

    @Transactional
    @PreAuthorize("@access.mayManageRoles()")
    public Role create(@Nullable String id, RoleData data) {
        return store.create(new RoleNode(id, validate(data, id)));
    }

    @Transactional
    @PreAuthorize("@access.mayManageRoles()")
    public Role update(String id, long expectedVersion, RoleData data) {
        RoleData valid = validate(data, id);
        return store.update(id, expectedVersion, node -> node.apply(valid));
    }

    private RoleData validate(RoleData data, @Nullable String id) {
        String key = Checks.requireText("key", data.key(), 60);
        Checks.requireMatches("key", key, KEY, "a key in capitals, digits and underscores");
        repository.findByKey(key).filter(holder -> !holder.getId().equals(id)).ifPresent(holder -> {
            throw new InvalidInputException("key", key + " is already used by another role");
        });
        return new RoleData(key, Checks.requireText("nameNl", data.nameNl(), 120), Checks.requireText("nameEn", data.nameEn(), 120),
                Checks.requireText("descriptionNl", data.descriptionNl(), 1000),
                Checks.requireText("descriptionEn", data.descriptionEn(), 1000));
    }
}
