package org.shegong.platform.domain.model.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A region and everything below it down to the streets and townships, read in one go
 * ({@link RegionRepository#treeUnder}) and walked in memory: children, streets under a node, the
 * path from the top to a node. Walking {@link Region#getParent()} or asking the repository for each
 * node's children would cost a query per region (N+1: 1,400 streets at province scale).
 *
 * <p>Invariant: every region in the tree lies under {@link #top()}; a code outside it is simply
 * not {@link #find found}, which is how a region outside a viewer's subtree reads as unknown.
 */
public final class RegionTree {

    /** One region below the top, with its parent's code (so the tree is assembled without touching lazy parents). */
    public record Branch(Region region, String parentCode) {

        public Branch {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(parentCode, "parentCode");
        }
    }

    private final Region top;
    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, List<Region>> childrenOf = new HashMap<>();

    private RegionTree(Region top) {
        this.top = top;
        byCode.put(top.getCode(), top);
    }

    /**
     * The tree of {@code top} from the regions below it, in any order. A branch whose parent is
     * neither the top nor another branch is left out: it does not hang under the top.
     */
    public static RegionTree of(Region top, List<Branch> below) {
        RegionTree tree = new RegionTree(Objects.requireNonNull(top, "top"));
        Map<String, List<Branch>> byParent = new HashMap<>();
        for (Branch b : below) {
            byParent.computeIfAbsent(b.parentCode(), k -> new ArrayList<>()).add(b);
        }
        // Breadth first from the top: only what is reachable from it enters the tree.
        List<String> queue = new ArrayList<>(List.of(top.getCode()));
        for (int i = 0; i < queue.size(); i++) {
            String parent = queue.get(i);
            List<Region> children = new ArrayList<>();
            for (Branch b : byParent.getOrDefault(parent, List.of())) {
                if (!tree.byCode.containsKey(b.region().getCode())) {
                    tree.byCode.put(b.region().getCode(), b.region());
                    tree.parentOf.put(b.region().getCode(), parent);
                    children.add(b.region());
                    queue.add(b.region().getCode());
                }
            }
            children.sort(Comparator.comparing(Region::getCode));
            tree.childrenOf.put(parent, List.copyOf(children));
        }
        return tree;
    }

    public Region top() {
        return top;
    }

    /** The region of that code if it is the top or below it; empty for any other or unknown code. */
    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public int size() {
        return byCode.size();
    }

    /** The regions directly below, in code order (empty at a street, or for a region not in the tree). */
    public List<Region> children(Region region) {
        return childrenOf.getOrDefault(region.getCode(), List.of());
    }

    /** The streets and townships at or below {@code region}, in code order. */
    public List<Region> streetsUnder(Region region) {
        if (region.getLevel().isStreetLevel()) {
            return byCode.containsKey(region.getCode()) ? List.of(region) : List.of();
        }
        List<Region> streets = new ArrayList<>();
        for (Region child : children(region)) {
            streets.addAll(streetsUnder(child));
        }
        return streets;
    }

    /** From the top down to {@code region} (both included); empty for a region not in the tree. */
    public List<Region> pathTo(Region region) {
        List<Region> path = new ArrayList<>();
        for (String code = region.getCode(); code != null; code = parentOf.get(code)) {
            Region r = byCode.get(code);
            if (r == null) {
                return List.of();
            }
            path.add(0, r);
        }
        return path;
    }
}
