package io.clientela.core.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Free-text feedback in English, Spanish, Chinese and Hungarian, written to agree with the score:
 * praise, neutral remarks and complaints by topic, with negation ("not good", "no es bueno", "不好",
 * "nem jó"), contrast ("but", "pero", "但是", "de") and the odd emoji.
 */
final class Texts {
    private Texts() {
    }

    private record Lang(List<String> praise, List<String> neutral, Map<String, List<String>> complaints, List<String> negated,
                        String but, List<String> emojiGood, List<String> emojiBad) {
    }

    private static final Map<String, Lang> LANGS = Map.of(
            "en", new Lang(
                    List.of("Great product, works perfectly", "Excellent quality and fast delivery", "Very happy with my purchase",
                            "The staff were friendly and helpful", "Love it, highly recommend", "Easy to use and looks beautiful"),
                    List.of("It does the job", "Delivery was on time", "Average product for the price", "Nothing special"),
                    Map.of("delivery", List.of("The delivery was late again", "Late delivery, waited two weeks", "My order arrived very late"),
                            "quality", List.of("It broke after a month", "Poor build quality", "The machine stopped working"),
                            "price", List.of("Too expensive for what it is", "Prices went up a lot"),
                            "support", List.of("Support never answered my emails", "Customer service was rude"),
                            "billing", List.of("I was charged twice", "The invoice was wrong")),
                    List.of("not good at all", "not worth the money", "not happy with the service"),
                    "but", List.of(" 👍", " 😀", " ❤️"), List.of(" 😡", " 👎", " 😞")),
            "es", new Lang(
                    List.of("Producto excelente, funciona perfecto", "Muy buena calidad y envío rápido", "Estoy muy contento con la compra",
                            "El personal fue muy amable", "Me encanta, lo recomiendo"),
                    List.of("Cumple su función", "La entrega llegó a tiempo", "Un producto normal para el precio"),
                    Map.of("delivery", List.of("Entrega tardía otra vez", "El pedido llegó con mucho retraso", "La entrega tardía me molestó"),
                            "quality", List.of("Se rompió al mes", "La calidad es mala", "La máquina dejó de funcionar"),
                            "price", List.of("Demasiado caro", "Los precios subieron mucho"),
                            "support", List.of("Atención al cliente no responde", "El servicio fue muy malo"),
                            "billing", List.of("Me cobraron dos veces", "La factura estaba mal")),
                    List.of("no es bueno", "no vale la pena", "no estoy contento con el servicio"),
                    "pero", List.of(" 👍", " 😀"), List.of(" 😡", " 👎")),
            "zh", new Lang(
                    List.of("质量很好，非常满意", "发货很快，包装很好", "非常好用，推荐购买", "客服态度很好"),
                    List.of("还可以", "按时送达", "价格一般"),
                    Map.of("delivery", List.of("配送延迟，等了两个星期", "又是配送延迟", "送货太慢了"),
                            "quality", List.of("用了一个月就坏了", "质量很差", "机器不工作了"),
                            "price", List.of("太贵了", "价格涨了很多"),
                            "support", List.of("客服不回复", "服务态度很差"),
                            "billing", List.of("被扣了两次钱", "发票开错了")),
                    List.of("不好", "不值这个价", "不满意"),
                    "但是", List.of(" 👍", " 😀"), List.of(" 😡", " 👎")),
            "hu", new Lang(
                    List.of("Kiváló termék, tökéletesen működik", "Nagyon elégedett vagyok a vásárlással", "Gyors szállítás, jó minőség",
                            "Kedves és segítőkész eladók"),
                    List.of("Megfelel a célnak", "Időben megérkezett", "Átlagos termék"),
                    Map.of("delivery", List.of("Késik a szállítás, két hetet vártam", "Megint késik a szállítás", "Nagyon későn érkezett a csomag"),
                            "quality", List.of("Egy hónap után elromlott", "Gyenge minőség", "A gép nem működik"),
                            "price", List.of("Túl drága", "Nagyon megemelkedtek az árak"),
                            "support", List.of("Az ügyfélszolgálat nem válaszol", "Udvariatlan volt az ügyfélszolgálat"),
                            "billing", List.of("Kétszer terheltek meg", "Hibás volt a számla")),
                    List.of("nem jó", "nem éri meg az árát", "nem vagyok elégedett"),
                    "de", List.of(" 👍", " 😀"), List.of(" 😡", " 👎")));

    /**
     * A response in {@code language} for a score on a 0..1 scale (1 = delighted); {@code topic} names
     * the complaint when there is one.
     */
    static String write(String language, double satisfaction, String topic, SplittableRandom r) {
        Lang l = LANGS.getOrDefault(language, LANGS.get("en"));
        String text;
        if (satisfaction >= 0.8) {
            text = one(l.praise(), r);
            if (r.nextDouble() < 0.2) {
                text += one(l.emojiGood(), r);
            }
        } else if (satisfaction >= 0.55) {
            text = r.nextDouble() < 0.5 ? one(l.neutral(), r) : one(l.praise(), r) + sep(language) + l.but() + " "
                    + lower(one(l.complaints().get(topic), r));
        } else {
            text = one(l.complaints().get(topic), r);
            if (r.nextDouble() < 0.35) {
                text += sep(language) + one(l.negated(), r);
            }
            if (r.nextDouble() < 0.15) {
                text += one(l.emojiBad(), r);
            }
        }
        return text;
    }

    private static String sep(String language) {
        return language.equals("zh") ? "，" : ", ";
    }

    private static String lower(String s) {
        return s.isEmpty() || !Character.isUpperCase(s.charAt(0)) ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String one(List<String> options, SplittableRandom r) {
        return options.get(r.nextInt(options.size()));
    }

    static final List<String> TOPICS = List.of("delivery", "quality", "price", "support", "billing");
}
