package org.vigie.tenant;

import java.text.Collator;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The French regions as people write them, from the slugs tenant files use ({@code spec.region}). */
public final class Regions {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("auvergne-rhone-alpes", "Auvergne-Rhône-Alpes"),
            Map.entry("bourgogne-franche-comte", "Bourgogne-Franche-Comté"),
            Map.entry("bretagne", "Bretagne"),
            Map.entry("centre-val-de-loire", "Centre-Val de Loire"),
            Map.entry("corse", "Corse"),
            Map.entry("grand-est", "Grand Est"),
            Map.entry("hauts-de-france", "Hauts-de-France"),
            Map.entry("ile-de-france", "Île-de-France"),
            Map.entry("normandie", "Normandie"),
            Map.entry("nouvelle-aquitaine", "Nouvelle-Aquitaine"),
            Map.entry("occitanie", "Occitanie"),
            Map.entry("pays-de-la-loire", "Pays de la Loire"),
            Map.entry("provence-alpes-cote-d-azur", "Provence-Alpes-Côte d'Azur"),
            Map.entry("guadeloupe", "Guadeloupe"),
            Map.entry("martinique", "Martinique"),
            Map.entry("guyane", "Guyane"),
            Map.entry("la-reunion", "La Réunion"),
            Map.entry("mayotte", "Mayotte"));

    private Regions() {
    }

    /** Every region this list knows: name with its accents to slug, in French alphabetical order. */
    public static SortedMap<String, String> byName() {
        SortedMap<String, String> sorted = new TreeMap<>(Collator.getInstance(Locale.FRENCH));
        NAMES.forEach((slug, name) -> sorted.put(name, slug));
        return Collections.unmodifiableSortedMap(sorted);
    }

    /** The region's name with its accents, or the slug itself for a region this list does not know. */
    public static String displayName(String slug) {
        return NAMES.getOrDefault(slug, slug);
    }
}
