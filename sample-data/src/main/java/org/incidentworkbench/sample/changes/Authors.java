package org.incidentworkbench.sample.changes;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Who commits to which team's repositories, and the ticket prefix each team uses. */
public final class Authors {

    private static final Map<String, List<String>> BY_TEAM = Map.ofEntries(
            Map.entry("platform-edge", List.of("Sofia Marquez <sofia.marquez@shop.example>", "Jonas Berg <jonas.berg@shop.example>")),
            Map.entry("storefront", List.of("Emma Laurent <emma.laurent@shop.example>", "Kenji Watanabe <kenji.watanabe@shop.example>", "Lea Hoffmann <lea.hoffmann@shop.example>")),
            Map.entry("checkout", List.of("Daniel Okafor <daniel.okafor@shop.example>", "Marta Nowak <marta.nowak@shop.example>")),
            Map.entry("discovery", List.of("Priya Raman <priya.raman@shop.example>", "Tom Eriksen <tom.eriksen@shop.example>", "Ana Costa <ana.costa@shop.example>")),
            Map.entry("payments", List.of("Lukas Schmidt <lukas.schmidt@shop.example>", "Chloe Martin <chloe.martin@shop.example>", "Ravi Patel <ravi.patel@shop.example>")),
            Map.entry("fulfilment", List.of("Ingrid Larsen <ingrid.larsen@shop.example>", "Mateo Silva <mateo.silva@shop.example>")),
            Map.entry("identity", List.of("Noah Fischer <noah.fischer@shop.example>", "Yara Haddad <yara.haddad@shop.example>")),
            Map.entry("finance-eng", List.of("Olivia Brown <olivia.brown@shop.example>")),
            Map.entry("messaging", List.of("Pavel Novak <pavel.novak@shop.example>", "Sara Lindqvist <sara.lindqvist@shop.example>")),
            Map.entry("data-platform", List.of("Hugo Dubois <hugo.dubois@shop.example>", "Mei Chen <mei.chen@shop.example>")),
            Map.entry("platform", List.of("Aisha Bello <aisha.bello@shop.example>", "Jonas Berg <jonas.berg@shop.example>")));

    private static final Map<String, String> TICKET_PREFIX = Map.ofEntries(
            Map.entry("platform-edge", "EDGE"), Map.entry("storefront", "WEB"), Map.entry("checkout", "CHK"),
            Map.entry("discovery", "DISC"), Map.entry("payments", "PAY"), Map.entry("fulfilment", "FUL"),
            Map.entry("identity", "IDN"), Map.entry("finance-eng", "FIN"), Map.entry("messaging", "MSG"),
            Map.entry("data-platform", "DATA"), Map.entry("platform", "PLAT"));

    private Authors() {
    }

    public static String pick(String team, RandomGenerator rng) {
        List<String> people = BY_TEAM.get(team);
        return people.get(rng.nextInt(people.size()));
    }

    /** The address of an author written {@code Name <address>}. */
    public static String email(String author) {
        return author.substring(author.indexOf('<') + 1, author.indexOf('>'));
    }

    /** A ticket reference such as {@code PAY-2291}. */
    public static String ticket(String team, RandomGenerator rng) {
        return TICKET_PREFIX.get(team) + "-" + (1200 + rng.nextInt(1800));
    }
}
