package com.connectgateway.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.compare.Difference.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDiffTest {

    private static JsonNode json(String text) {
        return Json.parseOrNull(text);
    }

    private static List<Difference> diff(NormalisationRules rules, String expected, String actual) {
        return new JsonDiff(rules, Identities.NONE).diff(json(expected), json(actual));
    }

    @Test
    void namesEachKindOfDifferenceByPath() {
        List<Difference> found = diff(NormalisationRules.DEFAULTS,
                """
                {"R":{"Gone":1,"Count":"3","List":null,"Name":"a","Same":true,"Nested":{"X":[1,2]}}}""",
                """
                {"R":{"Count":3,"List":[],"Name":"b","Same":true,"New":"n","Nested":{"X":[1,2,3]}}}""");
        assertThat(found).extracting(Difference::path, Difference::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("R.Gone", Kind.MISSING),
                org.assertj.core.groups.Tuple.tuple("R.Count", Kind.TYPE),
                org.assertj.core.groups.Tuple.tuple("R.List", Kind.NULL_VS_EMPTY),
                org.assertj.core.groups.Tuple.tuple("R.Name", Kind.VALUE),
                org.assertj.core.groups.Tuple.tuple("R.New", Kind.EXTRA),
                org.assertj.core.groups.Tuple.tuple("R.Nested.X[2]", Kind.EXTRA));
    }

    @Test
    void ignoredPathsAreNotReported() {
        NormalisationRules rules = NormalisationRules.parse("{\"ignore\":[\"**.CoordinationId\",\"**.Token\"]}");
        assertThat(diff(rules, "{\"H\":{\"CoordinationId\":\"a\"},\"R\":{\"Token\":\"x\"}}",
                "{\"H\":{\"CoordinationId\":\"b\"},\"R\":{}}")).isEmpty();
    }

    @Test
    void legacyDatesCompareWithinTheTolerance() {
        NormalisationRules rules = NormalisationRules.parse("{\"dateToleranceSeconds\":60}");
        assertThat(diff(rules, "{\"D\":\"\\/Date(1294868991374-0800)\\/\"}", "{\"D\":\"\\/Date(1294869031374-0700)\\/\"}")).isEmpty();
        assertThat(diff(rules, "{\"D\":\"\\/Date(1294868991374-0800)\\/\"}", "{\"D\":\"\\/Date(1294869091374-0800)\\/\"}"))
                .extracting(Difference::kind).containsExactly(Kind.VALUE);
        // An ISO date where the legacy form was expected breaks .NET clients: always a difference.
        assertThat(diff(rules, "{\"D\":\"\\/Date(1294868991374-0800)\\/\"}", "{\"D\":\"2011-01-12T13:49:51Z\"}")).hasSize(1);
    }

    @Test
    void urlsCompareByShapeNotHost() {
        assertThat(diff(NormalisationRules.DEFAULTS, "{\"U\":\"http://cache2.example.net/xc/83454804.jpg?v=1&k=2\"}",
                "{\"U\":\"https://127.0.0.1:8090/xc/10095401021.jpg?k=9&v=3\"}")).isEmpty();
        assertThat(diff(NormalisationRules.DEFAULTS, "{\"U\":\"http://a/xc/1.jpg\"}", "{\"U\":\"http://a/media/1.jpg\"}")).hasSize(1);
        assertThat(diff(NormalisationRules.parse("{\"urlsByShape\":false}"), "{\"U\":\"http://a/xc/1.jpg\"}",
                "{\"U\":\"http://b/xc/1.jpg\"}")).hasSize(1);
    }

    @Test
    void keyedArraysPairElementsByKeyNotPosition() {
        NormalisationRules rules = NormalisationRules.parse("{\"arrayKeys\":{\"**.Images\":\"ImageId\"}}");
        String expected = "{\"Images\":[{\"ImageId\":\"1\",\"T\":\"a\"},{\"ImageId\":\"2\",\"T\":\"b\"}]}";
        String swapped = "{\"Images\":[{\"ImageId\":\"2\",\"T\":\"b\"},{\"ImageId\":\"1\",\"T\":\"a\"}]}";
        assertThat(diff(rules, expected, swapped)).isEmpty();
        assertThat(diff(NormalisationRules.DEFAULTS, expected, swapped)).isNotEmpty();
        assertThat(diff(rules, expected, "{\"Images\":[{\"ImageId\":\"2\",\"T\":\"b\"},{\"ImageId\":\"3\",\"T\":\"c\"}]}"))
                .extracting(Difference::path, Difference::kind).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Images[ImageId=1]", Kind.MISSING),
                        org.assertj.core.groups.Tuple.tuple("Images[ImageId=3]", Kind.EXTRA));
    }

    @Test
    void idsTheReplaySentOnAreEqualToTheRecordedOnes() {
        ValueMap values = new ValueMap();
        values.learn(json("{\"ImageId\":\"83454804\"}"), json("{\"ImageId\":\"10095401021\"}"));
        values.rewrite(json("{\"ImageIds\":[\"83454804\"]}"));
        JsonDiff diff = new JsonDiff(NormalisationRules.DEFAULTS, Identities.recordedAgainst(values));
        assertThat(diff.diff(json("{\"ImageId\":\"83454804\"}"), json("{\"ImageId\":\"10095401021\"}"))).isEmpty();
        assertThat(diff.diff(json("{\"ImageId\":\"83454804\"}"), json("{\"ImageId\":\"1\"}"))).hasSize(1);
    }

    @Test
    void statusAndNonJsonBodiesAreCompared() {
        JsonDiff diff = new JsonDiff(NormalisationRules.DEFAULTS, Identities.NONE);
        assertThat(diff.diff(200, "{}", 500, "<html>")).extracting(Difference::kind).containsExactly(Kind.HTTP_STATUS, Kind.BODY);
        assertThat(diff.diff(200, "{\"a\":1}", 200, "{\"a\":1}")).isEmpty();
    }
}
