package io.clientela.core.demo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The open output files of one generation, by name, with their headers. */
final class DemoFiles implements AutoCloseable {
    static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("products.csv", "product_id,name,category,price,cost,currency");
        HEADERS.put("customers-shop.csv", "customer_id,first_name,last_name,email,phone,birth_date,gender,language,country,region,city,"
                + "latitude,longitude,acquisition_channel,acquired_at,consent_email,consent_sms,consent_tracking,updated_at");
        HEADERS.put("customers-crm.csv", "crm_id,full_name,email,phone,country,city,account_owner,last_modified");
        HEADERS.put("campaigns.csv", "campaign_id,name,channel,cost,currency,start,end");
        HEADERS.put("order-lines.csv", "order_id,line,ordered_at,customer_id,product_id,product_name,category,quantity,unit_price,currency,"
                + "channel,store,region,country,status,returned_quantity");
        HEADERS.put("events.jsonl", null);
        HEADERS.put("tickets.csv", "ticket_id,email,opened,closed,category,channel,priority,warranty,cost,outcome,satisfaction");
        HEADERS.put("feedback.jsonl", null);
        HEADERS.put("campaign-contacts.csv", "campaign_id,customer_id,contacted_at,responded,responded_at,converted,revenue");
        HEADERS.put("opportunities.csv", "opportunity_id,account,name,stage,amount,currency,owner,created,expected_close,closed,status");
        HEADERS.put("activities.csv", "activity_id,opportunity_id,account,type,outcome,at,owner");
        HEADERS.put("sales-targets.csv", "period,period_start,period_end,owner,region,amount,currency");
    }

    private final Map<String, Out> open = new LinkedHashMap<>();

    DemoFiles(Path dir) {
        HEADERS.forEach((name, header) -> open.put(name, new Out(dir.resolve(name), header)));
    }

    Out get(String name) {
        return open.get(name);
    }

    Map<String, Out> all() {
        return open;
    }

    @Override
    public void close() {
        open.values().forEach(Out::close);
    }
}
