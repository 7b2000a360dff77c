package org.incidentworkbench.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TemplateMinerTest {

    @Test
    void groupsLinesThatDifferOnlyInVariablesAndWidensTheDifferingWord() {
        TemplateMiner miner = mine(
                "Accepted connection from 10.0.0.1 for alice",
                "Accepted connection from 10.0.0.2 for bob",
                "Accepted connection from 10.0.0.3 for carol");

        assertThat(miner.templates()).extracting(MinedTemplate::template, MinedTemplate::count)
                .containsExactly(Tuple.tuple("Accepted connection from <*> for <*>", 3L));
    }

    @Test
    void keepsThePunctuationAroundAWidenedWordThatTheLinesShare() {
        TemplateMiner miner = mine("session opened for user (alice), mode [ro]", "session opened for user (bob), mode [ro]",
                "session opened for user (carol), mode [ro]");

        assertThat(miner.templates()).extracting(MinedTemplate::template)
                .containsExactly("session opened for user (<*>), mode [ro]");
    }

    @Test
    void keepsMessagesThatDifferInTwoWordsApart() {
        TemplateMiner miner = mine("job_1 transitioned from NEW to INITED", "job_2 transitioned from INITED to SETUP",
                "job_3 transitioned from SETUP to RUNNING", "job_4 transitioned from NEW to INITED");

        assertThat(miner.templates()).extracting(MinedTemplate::template).containsExactly(
                "<*> transitioned from NEW to INITED", "<*> transitioned from INITED to SETUP", "<*> transitioned from SETUP to RUNNING");
    }

    @Test
    void keepsTwoWordVariantsApartAsTwoTemplates() {
        TemplateMiner miner = mine(
                "Block rdd_1 stored as bytes in memory", "Block rdd_2 stored as values in memory",
                "Block rdd_3 stored as bytes in memory", "Block rdd_4 stored as values in memory");

        assertThat(miner.templates()).extracting(MinedTemplate::template, MinedTemplate::count).containsExactly(
                Tuple.tuple("Block <*> stored as bytes in memory", 2L), Tuple.tuple("Block <*> stored as values in memory", 2L));
    }

    @Test
    void makesAWordAVariableOnceThreeVariantsShowItAndRegroupsTheEarlierLines() {
        TemplateMiner miner = new TemplateMiner(MinerSettings.defaults());
        int first = miner.add("session closed for user cyrus now");
        int second = miner.add("session closed for user news now");
        miner.add("session closed for user root now");
        miner.add("session closed for user test now");

        assertThat(miner.templateText(first)).isEqualTo("session closed for user <*> now");
        assertThat(miner.templateText(second)).isEqualTo("session closed for user <*> now");
        assertThat(miner.templates()).singleElement().satisfies(t -> {
            assertThat(t.count()).isEqualTo(4);
            assertThat(t.parameters().getFirst().topValues()).extracting(MinedTemplate.ValueCount::value)
                    .containsExactly("cyrus", "news", "root", "test");
        });
    }

    @Test
    void joinsANumberAndItsSizeUnitWrittenApartIntoOneVariable() {
        TemplateMiner miner = mine("estimated size 5.2 KB, free 3 B", "estimated size 10 MB, free 1.5 GB");

        assertThat(miner.templates()).extracting(MinedTemplate::template).containsExactly("estimated size <*>, free <*>");
    }

    @Test
    void keepsTheMostFrequentValuesAndADistinctCountPerVariablePosition() {
        TemplateMiner miner = new TemplateMiner(MinerSettings.defaults());
        IntStream.range(0, 50).forEach(i -> miner.add("request " + (i % 5) + " took " + i + "ms"));

        MinedTemplate t = miner.templates().getFirst();
        assertThat(t.template()).isEqualTo("request <*> took <*>");
        assertThat(t.example()).isEqualTo("request 0 took 0ms");
        assertThat(t.parameters()).extracting(MinedTemplate.Parameter::position).containsExactly(1, 3);
        assertThat(t.parameters().get(0).topValues()).extracting(MinedTemplate.ValueCount::value, MinedTemplate.ValueCount::count)
                .containsExactly(Tuple.tuple("0", 10L), Tuple.tuple("1", 10L), Tuple.tuple("2", 10L), Tuple.tuple("3", 10L), Tuple.tuple("4", 10L));
        assertThat(t.parameters().get(0).distinctEstimate()).isEqualTo(5);
        assertThat(t.parameters().get(1).distinctEstimate()).isEqualTo(50);
    }

    @Test
    void countsTheConstantALatePositionHeldBeforeItTurnedVariable() {
        TemplateMiner miner = new TemplateMiner(MinerSettings.defaults());
        IntStream.range(0, 8).forEach(i -> miner.add("cache warm for region eu"));
        miner.add("cache warm for region us");
        miner.add("cache warm for region ap");

        MinedTemplate t = miner.templates().getFirst();
        assertThat(t.template()).isEqualTo("cache warm for region <*>");
        assertThat(t.parameters().getFirst().topValues()).extracting(MinedTemplate.ValueCount::value, MinedTemplate.ValueCount::count)
                .containsExactly(Tuple.tuple("eu", 8L), Tuple.tuple("ap", 1L), Tuple.tuple("us", 1L));
        assertThat(t.parameters().getFirst().distinctEstimate()).isEqualTo(3);
    }

    @Test
    void estimatesTheDistinctCountOfAManyValuedPositionWithinAFewPercent() {
        TemplateMiner miner = new TemplateMiner(MinerSettings.defaults());
        IntStream.range(0, 20_000).forEach(i -> miner.add("session " + i + " opened"));

        long estimate = miner.templates().getFirst().parameters().getFirst().distinctEstimate();
        assertThat(estimate).isBetween(14_000L, 26_000L);
    }

    @Test
    void keepsShortMessagesThatDifferInAWordApartEvenWhenShorterThanTheTreeDepth() {
        TemplateMiner miner = mine("Link ok", "Link error", "Link ok", "Done");

        assertThat(miner.templates()).extracting(MinedTemplate::template).containsExactly("Link ok", "Done", "Link error");
    }

    @Test
    void groupsShortMessagesEndingInAVariableWordOnceThreeVariantsShowIt() {
        TemplateMiner miner = new TemplateMiner(MinerSettings.defaults());
        int first = miner.add("removing chargen");
        miner.add("removing daytime");
        miner.add("removing echo");
        miner.add("Invalid user webmaster from 10.0.0.1");
        miner.add("Invalid user test9 from 10.0.0.2");
        miner.add("Invalid user chen from 10.0.0.3");

        assertThat(miner.templateText(first)).isEqualTo("removing <*>");
        assertThat(miner.templates()).extracting(MinedTemplate::template, MinedTemplate::count).containsExactlyInAnyOrder(
                Tuple.tuple("removing <*>", 3L), Tuple.tuple("Invalid user <*> from <*>", 3L));
    }

    @Test
    void keepsOneWordMessagesApart() {
        TemplateMiner miner = mine("normal", "warning", "running", "critical");

        assertThat(miner.templates()).hasSize(4);
    }

    @Test
    void minesAnEmptyMessageAsItsOwnTemplate() {
        TemplateMiner miner = mine("", "   ");

        assertThat(miner.templates()).extracting(MinedTemplate::template, MinedTemplate::count)
                .containsExactly(Tuple.tuple("", 2L));
    }

    @Test
    void boundsTheTemplatesOfALongRunOfMostlyVariableLines() {
        TemplateMiner miner = new TemplateMiner(MinerSettings.defaults().withMaxTemplatesPerLeaf(50));
        // Four unmasked words, all different on every line: plain Drain makes one template per line.
        IntStream.range(0, 10_000).forEach(i -> miner.add(word(i) + " " + word(i * 7) + " " + word(i * 13) + " " + word(i * 31)));

        assertThat(miner.templates().size()).isLessThan(2_000);
    }

    @Test
    void doesNotWidenAWordThatHeldOverManyLinesIntoAVariable() {
        TemplateMiner miner = new TemplateMiner(MinerSettings.defaults());
        IntStream.range(0, 30).forEach(i -> miner.add("new proxy connection to host" + (char) ('a' + i % 26) + " open HTTPS"));
        miner.add("new proxy connection to hostz open SOCKS5");

        assertThat(miner.templates()).extracting(MinedTemplate::template)
                .containsExactly("new proxy connection to <*> open HTTPS", "new proxy connection to hostz open SOCKS5");
    }

    @Test
    void treatsARunOfVariablesAsOneSoListsOfDifferentLengthsShareATemplate() {
        TemplateMiner miner = mine("ask 10.0.0.1 to delete blk_1 blk_2", "ask 10.0.0.2 to delete blk_3 blk_4 blk_5 blk_6");

        MinedTemplate t = miner.templates().getFirst();
        assertThat(t.template()).isEqualTo("ask <*> to delete <*>");
        assertThat(t.parameters().get(1).topValues()).extracting(MinedTemplate.ValueCount::value)
                .containsExactly("blk_1 blk_2", "blk_3 blk_4 blk_5 blk_6");
    }

    @Test
    void joinsLinesWhoseVariableSpansMoreTokensIntoOneTemplate() {
        TemplateMiner miner = mine(
                "proxy.example.com:5070 close, 0 bytes sent, 0 bytes received, lifetime 00:01",
                "proxy.example.com:5070 close, 403 bytes (0.4 KB) sent, 426 bytes (0.4 KB) received, lifetime <1 sec",
                "mail.example.com:443 close, 1190 bytes (1.16 KB) sent, 0 bytes received, lifetime 00:02");

        assertThat(miner.templates()).extracting(MinedTemplate::template, MinedTemplate::count)
                .containsExactly(Tuple.tuple("<*> close, <*> sent, <*> received, lifetime <*>", 3L));
        assertThat(miner.add("db.example.com:5432 close, 7 bytes sent, 7 bytes received, lifetime 00:03")).isZero();
    }

    @Test
    void tellsRequestsApartByTheMethodInsideTheirQuotes() {
        TemplateMiner miner = mine(
                "10.0.0.1 \"GET /v2/a1/servers/detail HTTP/1.1\" status: 200 len: 1893 time: 0.2477829",
                "10.0.0.1 \"POST /v2/b2/os-server-external-events HTTP/1.1\" status: 200 len: 380 time: 0.0913219",
                "10.0.0.2 \"GET /v2/c3/servers/detail HTTP/1.1\" status: 200 len: 1910 time: 0.2808621");

        assertThat(miner.templates()).extracting(MinedTemplate::template).containsExactly(
                "<*> \"GET <*> HTTP/<*>\" status: <*> len: <*> time: <*>", "<*> \"POST <*> HTTP/<*>\" status: <*> len: <*> time: <*>");
    }

    @Test
    void joinsAQuotedValueOfMoreWordsWithTheSameMessage() {
        TemplateMiner miner = mine(
                "acquire lock=233570404, flags=0x1, tag=\"View Lock\", name=com.android.systemui, uid=10037",
                "acquire lock=166121161, flags=0x1, tag=\"RILJ_ACK_WL\", name=com.android.phone, uid=1001");

        assertThat(miner.templates()).singleElement().extracting(MinedTemplate::count).isEqualTo(2L);
    }

    @Test
    void keepsAMessageWithAnOptionalClauseAtItsEndApart() {
        TemplateMiner miner = mine(
                "Connection closed by 10.0.0.1", "Connection closed by 10.0.0.2 [preauth]",
                "authentication failure; rhost=10.0.0.3", "authentication failure; rhost=10.0.0.4 user=root",
                "Probing PCI hardware", "Probing PCI hardware (bus 00)");

        assertThat(miner.templates()).hasSize(6);
    }

    @Test
    void keepsMessagesThatDifferByMoreThanAGrownVariableApart() {
        TemplateMiner miner = mine(
                "Received block blk_1 of size 67108864 from /10.0.0.1",
                "Received block blk_2 src: /10.0.0.1:50010 dest: /10.0.0.2:50010 of size 67108864",
                "Fan speeds ( 3552 3534 3375 4245 3515 3479 )", "Fan speeds ( 3552 3534 3375 **** 3515 3479 )");

        assertThat(miner.templates()).hasSize(4);
    }

    @Test
    void givesTheSameTemplatesAndIdsForTheSameLines() {
        List<String> lines = IntStream.range(0, 500).mapToObj(TemplateMinerTest::line).toList();

        assertThat(mine(lines).templates()).isEqualTo(mine(lines).templates());
    }

    @Test
    void derivesATemplatesIdFromItsTextSoOverlappingRunsAgreeOnIt() {
        List<String> first = IntStream.range(0, 400).mapToObj(TemplateMinerTest::line).toList();
        List<String> overlapping = IntStream.range(200, 700).mapToObj(TemplateMinerTest::line).toList();

        assertThat(mine(first).templates()).extracting(MinedTemplate::template, MinedTemplate::id)
                .containsExactlyInAnyOrderElementsOf(
                        mine(overlapping).templates().stream()
                                .map(t -> Tuple.tuple(t.template(), t.id())).toList());
        assertThat(TemplateCluster.idOf("user <*> logged in")).isEqualTo(TemplateCluster.idOf("user <*> logged in"))
                .isNotEqualTo(TemplateCluster.idOf("user <*> logged out")).hasSize(16);
    }

    private static String line(int i) {
        return switch (i % 3) {
            case 0 -> "user u" + i + "x logged in from 10.1.0." + (i % 250);
            case 1 -> "cache miss for key=" + i;
            default -> "payment " + i + " failed after " + (i % 90) + "ms";
        };
    }

    private static String word(int i) {
        StringBuilder s = new StringBuilder();
        for (int n = Math.abs(i) + 1; n > 0; n /= 26) {
            s.append((char) ('a' + n % 26));
        }
        return s.toString();
    }

    private static TemplateMiner mine(String... lines) {
        return mine(List.of(lines));
    }

    private static TemplateMiner mine(List<String> lines) {
        TemplateMiner miner = new TemplateMiner(MinerSettings.defaults());
        lines.forEach(miner::add);
        return miner;
    }
}
